/**
 * Audit trail (审计日志): the tamper-evident, append-only record of every decision and administrative action.
 * Other modules call {@link cn.gov.hubei.jxt.pilot.audit.AuditTrail}; the audit administrator reads the trail and
 * verifies its hash chain ({@link cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier}). The module depends on no other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
        allowedDependencies = {"notification"})
package cn.gov.hubei.jxt.pilot.audit;
