package cn.gov.hubei.jxt.pilot.audit;

import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the audit chain's head. Every node runs the hourly job; the period's unique key makes one
 * checkpoint per hour whichever node gets there first.
 */
public interface AuditCheckpoints {

    /**
     * Signs the head for the current hour, unless a checkpoint of this hour exists or the head has not moved since the
     * last checkpoint. The new checkpoint is written to the checkpoint directory and mailed to the auditor.
     */
    Optional<AuditCheckpoint> signScheduled();

    /**
     * Signs the head now, on the audit administrator's request (recorded as {@code audit.checkpoint-signed}). Asked
     * twice within a minute, it answers the first checkpoint of that minute.
     *
     * @return empty when the chain has no entry yet
     */
    Optional<AuditCheckpoint> signNow();

    List<AuditCheckpoint> newestFirst(int limit);

    Optional<AuditCheckpoint> find(long id);

    /** The public key that verifies the checkpoints (PEM). */
    String publicKeyPem();

    /** Its id (first 16 hex digits of SM3 over the key's DER), printed in each checkpoint. */
    String publicKeyId();
}
