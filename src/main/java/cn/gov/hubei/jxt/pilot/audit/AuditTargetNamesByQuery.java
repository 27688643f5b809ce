package cn.gov.hubei.jxt.pilot.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AuditTargetNames} for objects with numeric ids, named by one query that selects {@code id} and {@code name}
 * {@code where id in (:ids)}. Ids that are not numbers are never sent to the database.
 */
public abstract class AuditTargetNamesByQuery implements AuditTargetNames {

    private final String targetType;
    private final JdbcClient jdbc;
    private final String sql;

    protected AuditTargetNamesByQuery(String targetType, JdbcClient jdbc, String sql) {
        this.targetType = targetType;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public String targetType() {
        return targetType;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numbers = ids.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        Map<String, String> names = new HashMap<>();
        if (!numbers.isEmpty()) {
            jdbc.sql(sql).param("ids", numbers)
                    .query(rs -> {
                        names.put(String.valueOf(rs.getLong("id")), rs.getString("name"));
                    });
        }
        return names;
    }
}
