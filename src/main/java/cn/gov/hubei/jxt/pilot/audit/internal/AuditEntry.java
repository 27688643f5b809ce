package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;

import java.time.Instant;

/**
 * One stored entry of the audit trail, exactly as it is in the table.
 *
 * @param details  the canonical JSON text that was hashed (keys sorted, no insignificant white space)
 * @param prevHash the hash of entry {@code seq - 1}, or the genesis value for the first entry
 * @param hash     SM3 over the canonical form of all the other fields, see {@link AuditChainHash}
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String role, String clientAddress,
                         String action, String targetType, String targetId, AuditOutcome outcome, String details,
                         String prevHash, String hash) {

    /** The hash this entry's content should have. */
    public String computedHash() {
        return AuditChainHash.compute(seq, occurredAt, actor, role, clientAddress, action, targetType, targetId,
                outcome, details, prevHash);
    }
}
