package cn.gov.hubei.jxt.pilot.audit;

/**
 * The tamper-evident audit trail. Every module records its decisions here. An entry is appended inside the caller's
 * transaction when there is one, so a decision and its audit entry commit or roll back together; without one (or in a
 * read-only one) the entry commits on its own.
 *
 * <p>Appending locks the head of the hash chain until the caller's transaction ends, so that every node appends to
 * one linear chain. Record the entry as the last step of a decision (guard, write, audit, event) to keep that short.
 * docs/audit.md describes what is stored and how the chain is verified.
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
