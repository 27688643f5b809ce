package cn.gov.hubei.jxt.pilot.audit;

import java.util.List;

/**
 * Recomputes the audit trail's keyed hash chain, checks every signed checkpoint, and reports the first entry that does not hold. It reads the table in
 * batches, so it runs in constant memory however many entries there are.
 */
public interface AuditChainVerifier {

    /** Verifies the whole chain, from the first entry to the head as it stands when verification starts. */
    AuditChainVerification verify();

    /**
     * Verifies the chain from entry {@code fromSeq} to the head, taking the stored hash of entry {@code fromSeq - 1}
     * as the trusted anchor (the genesis value when {@code fromSeq} is 1). For incremental checks after a full one.
     *
     * @throws IllegalArgumentException when {@code fromSeq} is below 1 or beyond the entry after the head
     */
    AuditChainVerification verifyFrom(long fromSeq);

    /**
     * Verifies the whole chain and the stored checkpoints, and also the checkpoint files the auditor kept (each the
     * text of {@link AuditCheckpoint#fileText()}): a database rewritten together with its checkpoints still fails on
     * a file signed before.
     *
     * @throws IllegalArgumentException when a text is not a checkpoint file
     */
    AuditChainVerification verifyWith(List<String> checkpointFiles);
}
