package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditTargetNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail names an account by its user name and the person's name. */
@Component
class AccountAuditNames implements AuditTargetNames {

    private final JdbcClient jdbc;

    AccountAuditNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String targetType() {
        return "user_account";
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        Map<String, String> names = new HashMap<>();
        if (numbers.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, username, display_name from user_account where id in (:ids)")
                .param("ids", numbers)
                .query(rs -> {
                    names.put(String.valueOf(rs.getLong("id")),
                            rs.getString("display_name") + " (" + rs.getString("username") + ")");
                });
        return names;
    }
}
