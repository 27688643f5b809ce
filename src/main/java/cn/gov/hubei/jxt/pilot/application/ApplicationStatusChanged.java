package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/**
 * Any status change of an application, published inside the transaction that made it (after the specific events
 * {@link ApplicationSubmitted}, {@link ApplicationWithdrawn} and {@link ApplicationReturned}).
 *
 * @param versionNo the version a submission froze; {@code null} for other transitions
 * @param deadline  the deadline given with a return or a correction request; {@code null} otherwise
 */
public record ApplicationStatusChanged(long applicationId, long callId, long enterpriseId, String divisionCode,
                                       ApplicationTransition transition, ApplicationStatus from, ApplicationStatus to,
                                       String reason, Instant deadline, Integer versionNo, Instant occurredAt,
                                       String actor) {
}
