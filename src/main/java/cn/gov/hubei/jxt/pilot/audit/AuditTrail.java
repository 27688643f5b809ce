package cn.gov.hubei.jxt.pilot.audit;

/**
 * The tamper-evident audit trail. Every module records its decisions here. An entry is appended inside the caller's
 * transaction when there is one, so a decision and its audit entry commit or roll back together.
 */
public interface AuditTrail {

    /**
     * Appends an entry. The time comes from the application clock; actor, role and client address default to the
     * current request's user when the record leaves them empty.
     */
    void record(AuditRecord record);
}
