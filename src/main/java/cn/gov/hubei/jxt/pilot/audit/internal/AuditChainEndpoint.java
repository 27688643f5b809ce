package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditChainVerification;
import cn.gov.hubei.jxt.pilot.audit.AuditChainVerifier;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/auditchain}: verifies the whole hash chain for monitoring. Restricted to the audit administrator
 * by the security configuration. A monitoring system may poll it, so unlike the button on the audit page it records no
 * audit entry of its own (it would flood the trail); a broken chain is logged as an error.
 */
@Component
@Endpoint(id = "auditchain")
public class AuditChainEndpoint {

    private final AuditChainVerifier verifier;

    AuditChainEndpoint(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @ReadOperation
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    public AuditChainVerification verify() {
        return verifier.verify();
    }
}
