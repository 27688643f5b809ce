package cn.gov.hubei.jxt.pilot.call.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTargetNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail names a call by its title. */
@Component
class CallAuditNames implements AuditTargetNames {

    private final JdbcClient jdbc;

    CallAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String targetType() {
        return "call";
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        Map<String, String> names = new HashMap<>();
        if (numbers.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, title from programme_call where id in (:ids)")
                .param("ids", numbers)
                .query(rs -> {
                    names.put(String.valueOf(rs.getLong("id")), rs.getString("title"));
                });
        return names;
    }
}
