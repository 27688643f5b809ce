package cn.gov.hubei.jxt.pilot.call;

import java.time.Instant;

/**
 * Published once for every status change of a call, inside the transaction that made it; listen with
 * {@code @ApplicationModuleListener} to react after it commits (e.g. notify enterprises when filing opens).
 *
 * @param transition the row of {@link CallTransition} that was performed
 * @param actor      the officer's user name, or {@code system} for the clock
 */
public record CallStatusChanged(long callId, int year, CallTransition transition, CallStatus from, CallStatus to,
                                Instant occurredAt, String actor) {
}
