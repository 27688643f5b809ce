package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTargetNamesByQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail names an enterprise by its name. */
@Component
class EnterpriseAuditNames extends AuditTargetNamesByQuery {

    EnterpriseAuditNames(JdbcClient jdbc) {
        super("enterprise", jdbc, "select id, name from enterprise where id in (:ids)");
    }
}
