package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;

import java.time.Instant;

/**
 * One stored entry of the audit trail, exactly as it is in the table.
 *
 * @param details   the canonical JSON text that was hashed (keys sorted, no insignificant white space)
 * @param prevHash  the hash of entry {@code seq - 1}, or the genesis value for the first entry
 * @param hash      HMAC-SM3 (or, for entries written before the chain was keyed, SM3) over the other fields, see
 *                  {@link AuditChainHash}
 * @param algorithm {@code hmac-sm3:<keyId>}, or {@code sm3} for an entry written before the chain was keyed
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String role, String clientAddress,
                         String action, String targetType, String targetId, AuditOutcome outcome, String details,
                         String prevHash, String hash, String algorithm) {

    /** The plain SM3 this entry's content would have in the format of the entries written before the chain was keyed. */
    public String plainHash() {
        return AuditChainHash.compute(seq, occurredAt, actor, role, clientAddress, action, targetType, targetId,
                outcome, details, prevHash);
    }

    /** The HMAC-SM3 this entry's content has with the key. */
    public String keyedHash(ChainKey key) {
        return AuditChainHash.computeKeyed(key.secret(), key.algorithm(), seq, occurredAt, actor, role, clientAddress,
                action, targetType, targetId, outcome, details, prevHash);
    }

    public boolean keyed() {
        return algorithm != null && algorithm.startsWith(AuditChainHash.KEYED_PREFIX);
    }
}
