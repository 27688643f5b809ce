package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;

import java.time.Instant;

/**
 * Which entries to read. Every criterion is optional ({@code null} = any).
 *
 * @param from         entries at or after this instant
 * @param until        entries strictly before this instant
 * @param actor        exactly this actor
 * @param actionPrefix actions that start with this text ({@code identity.} finds every identity action)
 * @param targetType   exactly this target type
 * @param targetId     exactly this target id
 * @param outcome      exactly this outcome
 */
public record AuditQuery(Instant from, Instant until, String actor, String actionPrefix, String targetType,
                         String targetId, AuditOutcome outcome) {
}
