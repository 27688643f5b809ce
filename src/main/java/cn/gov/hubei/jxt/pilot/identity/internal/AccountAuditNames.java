package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTargetNamesByQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail names an account by its user name and the person's name. */
@Component
class AccountAuditNames extends AuditTargetNamesByQuery {

    AccountAuditNames(JdbcClient jdbc) {
        super("user_account", jdbc,
                "select id, display_name || ' (' || username || ')' as name from user_account where id in (:ids)");
    }
}
