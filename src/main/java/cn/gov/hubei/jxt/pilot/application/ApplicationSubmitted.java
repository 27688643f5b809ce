package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/** An application was submitted to its division's recommender as frozen version {@code versionNumber}. */
public record ApplicationSubmitted(long applicationId, int versionNumber, long callId, long enterpriseId,
                                   String divisionCode, Instant submittedAt, String actor) {
}
