package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTargetNamesByQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail names an application by its project's name (once it has one). */
@Component
class ApplicationAuditNames extends AuditTargetNamesByQuery {

    ApplicationAuditNames(JdbcClient jdbc) {
        super("application", jdbc, "select id, project_name as name from project_application "
                + "where id in (:ids) and project_name is not null");
    }
}
