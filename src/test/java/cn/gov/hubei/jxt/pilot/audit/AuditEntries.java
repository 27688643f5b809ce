package cn.gov.hubei.jxt.pilot.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reads what the real audit trail stored, for any module's tests: {@code new AuditEntries(jdbc).forTarget("call", id)}.
 * All tests of a JVM share one database and many of them write entries, so a test asks only for the entries of its own
 * object (a target it created, or a unique value), never for "the last entry".
 */
public final class AuditEntries {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private static final String SELECT = """
            select seq, actor, role, client_address, action, target_type, target_id, outcome, details::text as details
              from audit_entry""";

    private final JdbcClient jdbc;

    public AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One stored entry. {@code details} is the stored JSON read back (numbers as {@link Integer}/{@link Long}, lists,
     * nested maps), so that a test compares values with their types rather than their text.
     */
    public record Entry(long seq, String actor, String role, String clientAddress, String action, String targetType,
                        String targetId, AuditOutcome outcome, Map<String, Object> details) {
    }

    /** Every entry about one object, oldest first. */
    public List<Entry> forTarget(String targetType, Object targetId) {
        return jdbc.sql(SELECT + " where target_type = ? and target_id = ? order by seq")
                .params(targetType, String.valueOf(targetId))
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The entries of one action about one object, oldest first. */
    public List<Entry> withAction(String action, String targetType, Object targetId) {
        return jdbc.sql(SELECT + " where action = ? and target_type = ? and target_id = ? order by seq")
                .params(action, targetType, String.valueOf(targetId))
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("seq"), rs.getString("actor"), rs.getString("role"),
                rs.getString("client_address"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), AuditOutcome.valueOf(rs.getString("outcome")),
                JSON.readValue(rs.getString("details"), DETAILS));
    }
}
