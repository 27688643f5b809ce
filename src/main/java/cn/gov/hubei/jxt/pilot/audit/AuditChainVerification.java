package cn.gov.hubei.jxt.pilot.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * The result of verifying the audit trail's hash chain.
 *
 * @param verifiedAt     when the verification ran (application clock)
 * @param fromSeq        the first entry checked
 * @param checkedEntries how many entries were found intact before the first problem (all of them when intact)
 * @param intact         whether every entry from {@code fromSeq} to the head holds
 * @param firstBrokenSeq the first entry that does not hold; {@code null} when intact
 * @param problem        what is wrong with it; {@code null} when intact
 * @param headSeq        the last entry of the chain when verification started
 * @param headHash       its hash: note it down (or compare with one noted earlier) to detect a rewritten chain
 */
public record AuditChainVerification(Instant verifiedAt, long fromSeq, long checkedEntries, boolean intact,
                                     Long firstBrokenSeq, Problem problem, long headSeq, String headHash)
        implements Serializable {

    /** What is wrong with the first broken entry. */
    public enum Problem {
        /** The entry's content no longer produces its stored hash: the entry was altered. */
        HASH_MISMATCH,
        /** The entry's {@code prev_hash} is not the hash of the entry before it: an entry before it was replaced. */
        BROKEN_LINK,
        /** The entry with this sequence number is missing: it was deleted. */
        SEQUENCE_GAP,
        /** The last entry is not the one the chain head records: the head or the last entry was altered. */
        HEAD_MISMATCH
    }

    public static AuditChainVerification intact(Instant verifiedAt, long fromSeq, long checkedEntries, long headSeq,
                                                String headHash) {
        return new AuditChainVerification(verifiedAt, fromSeq, checkedEntries, true, null, null, headSeq, headHash);
    }

    public static AuditChainVerification broken(Instant verifiedAt, long fromSeq, long checkedEntries, long brokenSeq,
                                                Problem problem, long headSeq, String headHash) {
        return new AuditChainVerification(verifiedAt, fromSeq, checkedEntries, false, brokenSeq, problem, headSeq,
                headHash);
    }
}
