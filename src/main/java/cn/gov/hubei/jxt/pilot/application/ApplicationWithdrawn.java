package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/** The enterprise withdrew a submitted application before recommendation, with its reason. */
public record ApplicationWithdrawn(long applicationId, long callId, String divisionCode, String reason,
                                   Instant withdrawnAt, String actor) {
}
