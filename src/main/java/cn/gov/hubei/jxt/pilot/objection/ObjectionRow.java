package cn.gov.hubei.jxt.pilot.objection;

import java.time.Instant;

/** A case in the office's list: the objector's data masked ({@link cn.gov.hubei.jxt.pilot.platform.Masks}). */
public record ObjectionRow(long id, String receiptNumber, long noticeId, long applicationId, String projectName,
                           ObjectionStatus status, IdType idType, String maskedName, String maskedOrganisation,
                           String maskedIdNumber, String maskedTelephone, String maskedEmail, Instant receivedAt,
                           boolean removedFromList) {
}
