package cn.gov.hubei.jxt.pilot.expert;

import java.time.Instant;

/**
 * An expert declared (or an officer recorded on the expert's word) a conflict with an application; published inside
 * the transaction that recorded it. The meeting module replaces the expert on that application from the reserves.
 *
 * @param accountId the expert's account, {@code null} when the expert has none
 */
public record ConflictDeclared(long expertId, Long accountId, long applicationId, long callId, ConflictKind kind,
                               Instant occurredAt, String actor) {
}
