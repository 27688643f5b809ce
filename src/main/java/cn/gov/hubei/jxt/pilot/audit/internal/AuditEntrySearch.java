package cn.gov.hubei.jxt.pilot.audit.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the audit trail for the audit administrator: pages, a streamed export, the actions that occur. */
@Repository
public class AuditEntrySearch {

    /** Rows the driver fetches at a time while streaming an export. */
    static final int STREAM_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    /**
     * For exports: PostgreSQL streams a result with a cursor only inside a transaction and with a fetch size, and an
     * export of millions of rows to a slow client must not hit the application's statement timeout.
     */
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    AuditEntrySearch(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Entries matching the query, newest first. */
    public List<AuditEntry> newestFirst(AuditQuery query, long offset, int limit) {
        Where where = Where.of(query);
        return jdbc.sql("select " + AuditEntryRowMapper.COLUMNS + " from audit_entry" + where.sql()
                        + " order by seq desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditEntryRowMapper.INSTANCE)
                .list();
    }

    /** Hands every entry matching the query to {@code sink}, oldest first, without holding them in memory. */
    public void streamOldestFirst(AuditQuery query, Consumer<AuditEntry> sink) {
        Where where = Where.of(query);
        readOnly.executeWithoutResult(status -> streaming
                .sql("select " + AuditEntryRowMapper.COLUMNS + " from audit_entry" + where.sql() + " order by seq")
                .params(where.params())
                .query((RowCallbackHandler) rs -> sink.accept(AuditEntryRowMapper.INSTANCE.mapRow(rs, 0))));
    }

    /** The actions that occur in the trail, alphabetically. */
    public List<String> knownActions() {
        return jdbc.sql("select action from audit_action order by action").query(String.class).list();
    }

    /** The SQL condition and its parameters for a query. */
    record Where(String sql, Map<String, Object> params) {

        static Where of(AuditQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (query.from() != null) {
                conditions.add("occurred_at >= :from");
                params.put("from", utc(query.from()));
            }
            if (query.until() != null) {
                conditions.add("occurred_at < :until");
                params.put("until", utc(query.until()));
            }
            if (query.actor() != null) {
                conditions.add("actor = :actor");
                params.put("actor", query.actor());
            }
            if (query.actionPrefix() != null) {
                conditions.add("action like :actionPattern escape '\\'");
                params.put("actionPattern", escapeLike(query.actionPrefix()) + "%");
            }
            if (query.targetType() != null) {
                conditions.add("target_type = :targetType");
                params.put("targetType", query.targetType());
            }
            if (query.targetId() != null) {
                conditions.add("target_id = :targetId");
                params.put("targetId", query.targetId());
            }
            if (query.outcome() != null) {
                conditions.add("outcome = :outcome");
                params.put("outcome", query.outcome().name());
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        /** A prefix is matched literally: {@code %} and {@code _} typed by the user are not wildcards. */
        static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }

        private static OffsetDateTime utc(Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
    }
}
