package cn.gov.hubei.jxt.pilot.audit;

/**
 * The tamper-evident audit trail. Every module records its decisions here. In the caller's transaction an entry is
 * chained when the transaction commits, as its last step, so a decision and its audit entry commit or roll back
 * together; without a transaction (or in a read-only one) the entry commits on its own at once.
 *
 * <p>Chaining locks the head of the hash chain for the commit only, so that every node appends to one linear chain
 * without a transaction holding the head while it still works. An entry is therefore not visible in the trail before
 * its transaction commits. docs/audit.md describes what is stored and how the chain is verified.
 */
public interface AuditTrail {

    /**
     * Appends an entry. The time comes from the application clock; actor, role and client address default to the
     * current request's user when the record leaves them empty.
     *
     * @throws IllegalArgumentException when the action is blank or longer than 100 characters, or the target type is
     *                                  longer than 64 (programming errors: these names come from code, not users)
     */
    void record(AuditRecord record);
}
