package cn.gov.hubei.jxt.pilot.audit.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads an {@link AuditEntry} from a row that selects {@link #COLUMNS}. */
final class AuditEntryRowMapper implements RowMapper<AuditEntry> {

    static final String COLUMNS = "seq, occurred_at, actor, role, client_address, action, target_type, target_id, "
            + "outcome, details, prev_hash, hash, algorithm";

    static final AuditEntryRowMapper INSTANCE = new AuditEntryRowMapper();

    private AuditEntryRowMapper() {
    }

    @Override
    public AuditEntry mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("role"),
                rs.getString("client_address"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("details"),
                rs.getString("prev_hash"),
                rs.getString("hash"),
                rs.getString("algorithm"));
    }
}
