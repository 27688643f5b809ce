package cn.gov.hubei.jxt.pilot.call.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTargetNamesByQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail names a call by its title. */
@Component
class CallAuditNames extends AuditTargetNamesByQuery {

    CallAuditNames(JdbcClient jdbc) {
        super("call", jdbc, "select id, title as name from programme_call where id in (:ids)");
    }
}
