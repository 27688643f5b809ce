package cn.gov.hubei.jxt.pilot.objection;

import java.time.Instant;
import java.util.List;

/**
 * What the objector reads with the receipt number and the code: the case's status and the office's published steps;
 * their own data only masked.
 */
public record ObjectionLookup(String receiptNumber, String noticeTitle, String projectName, ObjectionStatus status,
                              Instant receivedAt, String maskedName, String maskedEmail, List<ObjectionStep> steps) {
}
