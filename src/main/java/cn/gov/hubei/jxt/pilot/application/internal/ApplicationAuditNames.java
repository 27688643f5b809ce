package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTargetNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail names an application by its project's name (once it has one). */
@Component
class ApplicationAuditNames implements AuditTargetNames {

    private final JdbcClient jdbc;

    ApplicationAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String targetType() {
        return "application";
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        Map<String, String> names = new HashMap<>();
        if (numbers.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, project_name from project_application where id in (:ids) and project_name is not null")
                .param("ids", numbers)
                .query(rs -> {
                    names.put(String.valueOf(rs.getLong("id")), rs.getString("project_name"));
                });
        return names;
    }
}
