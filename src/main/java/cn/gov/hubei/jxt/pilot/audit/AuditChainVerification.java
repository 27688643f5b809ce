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
 * @param checkpointsChecked how many signed checkpoints (stored and uploaded) were found valid and on the chain
 * @param brokenCheckpoint the period of the checkpoint that does not hold, when the problem is a checkpoint's
 */
public record AuditChainVerification(Instant verifiedAt, long fromSeq, long checkedEntries, boolean intact,
                                     Long firstBrokenSeq, Problem problem, long headSeq, String headHash,
                                     int checkpointsChecked, String brokenCheckpoint)
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
        HEAD_MISMATCH,
        /** The entry names a chain key that this installation does not hold (a forged or lost key). */
        UNKNOWN_KEY,
        /** A plain-SM3 entry after a keyed one: entries were rewritten without the key. */
        ALGORITHM_DOWNGRADE,
        /** A checkpoint's SM2 signature does not verify with the public key: the checkpoint was forged or altered. */
        CHECKPOINT_SIGNATURE_INVALID,
        /** A signed checkpoint's entry is no longer on the chain with that hash: the chain was rewritten or cut. */
        CHECKPOINT_NOT_ON_CHAIN
    }

    public static AuditChainVerification intact(Instant verifiedAt, long fromSeq, long checkedEntries, long headSeq,
                                                String headHash) {
        return intact(verifiedAt, fromSeq, checkedEntries, headSeq, headHash, 0);
    }

    public static AuditChainVerification intact(Instant verifiedAt, long fromSeq, long checkedEntries, long headSeq,
                                                String headHash, int checkpointsChecked) {
        return new AuditChainVerification(verifiedAt, fromSeq, checkedEntries, true, null, null, headSeq, headHash,
                checkpointsChecked, null);
    }

    public static AuditChainVerification broken(Instant verifiedAt, long fromSeq, long checkedEntries, long brokenSeq,
                                                Problem problem, long headSeq, String headHash) {
        return new AuditChainVerification(verifiedAt, fromSeq, checkedEntries, false, brokenSeq, problem, headSeq,
                headHash, 0, null);
    }

    /** A checkpoint that does not hold, after {@code checkedEntries} entries and some checkpoints were found intact. */
    public static AuditChainVerification brokenCheckpoint(Instant verifiedAt, long fromSeq, long checkedEntries,
                                                          long checkpointSeq, Problem problem, long headSeq,
                                                          String headHash, int checkpointsChecked, String period) {
        return new AuditChainVerification(verifiedAt, fromSeq, checkedEntries, false, checkpointSeq, problem, headSeq,
                headHash, checkpointsChecked, period);
    }
}
