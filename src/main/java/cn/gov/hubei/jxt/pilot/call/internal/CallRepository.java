package cn.gov.hubei.jxt.pilot.call.internal;

import cn.gov.hubei.jxt.pilot.call.CallMilestone;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallStatusChange;
import cn.gov.hubei.jxt.pilot.call.CallTransition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads and saves {@link ProgrammeCall} whole with plain SQL. Every write is conditional on the version the caller
 * read (and a status change also on the status it left), so two officers, or two nodes running the clock job, can
 * never both apply a change: the second write matches no row and the caller learns so.
 */
@Repository
class CallRepository {

    private static final String COLUMNS = "id, year, title, notice, filing_opens_at, filing_closes_at, "
            + "recommendation_deadline, recommendation_quota, max_projects_per_enterprise, element_condition_version, "
            + "status, version, published_at, cancelled_at, cancel_reason, created_by, created_at, updated_by, "
            + "updated_at";

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProgrammeCall> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme_call where id = :id")
                .param("id", id)
                .query(CallRepository::map)
                .optional();
    }

    List<ProgrammeCall> findAll() {
        return jdbc.sql("select " + COLUMNS + " from programme_call order by year desc, filing_opens_at desc, id desc")
                .query(CallRepository::map)
                .list();
    }

    /** The calls that were ever published, including those cancelled after publication. */
    List<ProgrammeCall> findAnnounced() {
        return jdbc.sql("select " + COLUMNS + " from programme_call where published_at is not null "
                        + "order by year desc, filing_opens_at desc, id desc")
                .query(CallRepository::map)
                .list();
    }

    List<ProgrammeCall> findByStatus(CallStatus status) {
        return jdbc.sql("select " + COLUMNS + " from programme_call where status = :status "
                        + "order by year desc, filing_opens_at desc, id desc")
                .param("status", status.name())
                .query(CallRepository::map)
                .list();
    }

    /**
     * The calls for which a clock transition of the table is due at {@code now}. The condition is built from the
     * transition table, so a new clock transition is picked up without touching this query.
     */
    List<Long> idsWithClockTransitionDue(Instant now) {
        String condition = Arrays.stream(CallTransition.values())
                .filter(t -> t.trigger() == CallTransition.Trigger.CLOCK)
                .flatMap(t -> t.from().stream().map(from -> "(status = '" + from.name() + "' and "
                        + column(t.dueAt().orElseThrow()) + " <= :now)"))
                .collect(Collectors.joining(" or "));
        return jdbc.sql("select id from programme_call where " + condition + " order by id")
                .param("now", utc(now))
                .query(Long.class)
                .list();
    }

    long insert(ProgrammeCall call) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into programme_call (year, title, notice, filing_opens_at, filing_closes_at,
                            recommendation_deadline, recommendation_quota, max_projects_per_enterprise,
                            element_condition_version, status, version, created_by, created_at, updated_by, updated_at)
                        values (:year, :title, :notice, :opensAt, :closesAt, :deadline, :quota, :maxProjects,
                            :elementConditionVersion, :status, :version, :createdBy, :createdAt, :updatedBy, :updatedAt)
                        """)
                .param("year", call.year())
                .param("title", call.title())
                .param("notice", call.notice())
                .param("opensAt", utc(call.filingOpensAt()))
                .param("closesAt", utc(call.filingClosesAt()))
                .param("deadline", utc(call.recommendationDeadline()))
                .param("quota", call.recommendationQuota())
                .param("maxProjects", call.maxProjectsPerEnterprise())
                .param("elementConditionVersion", call.elementConditionVersion())
                .param("status", call.status().name())
                .param("version", call.version())
                .param("createdBy", call.createdBy())
                .param("createdAt", utc(call.createdAt()))
                .param("updatedBy", call.updatedBy())
                .param("updatedAt", utc(call.updatedAt()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Writes new terms if the call is still at {@code expectedVersion}; {@code false} when it is not. */
    boolean updateTerms(ProgrammeCall call, long expectedVersion) {
        return jdbc.sql("""
                        update programme_call set year = :year, title = :title, notice = :notice,
                            filing_opens_at = :opensAt, filing_closes_at = :closesAt,
                            recommendation_deadline = :deadline, recommendation_quota = :quota,
                            max_projects_per_enterprise = :maxProjects,
                            element_condition_version = :elementConditionVersion,
                            version = :version, updated_by = :updatedBy, updated_at = :updatedAt
                        where id = :id and version = :expectedVersion and status = :status
                        """)
                .param("year", call.year())
                .param("title", call.title())
                .param("notice", call.notice())
                .param("opensAt", utc(call.filingOpensAt()))
                .param("closesAt", utc(call.filingClosesAt()))
                .param("deadline", utc(call.recommendationDeadline()))
                .param("quota", call.recommendationQuota())
                .param("maxProjects", call.maxProjectsPerEnterprise())
                .param("elementConditionVersion", call.elementConditionVersion())
                .param("version", call.version())
                .param("updatedBy", call.updatedBy())
                .param("updatedAt", utc(call.updatedAt()))
                .param("id", call.id())
                .param("expectedVersion", expectedVersion)
                .param("status", call.status().name())
                .update() == 1;
    }

    /**
     * Moves the call to its new status if it is still in {@code from} at {@code expectedVersion}; {@code false} when
     * someone else changed it first (then nothing is written, so the change is applied exactly once).
     */
    boolean changeStatus(ProgrammeCall next, CallStatus from, long expectedVersion) {
        return jdbc.sql("""
                        update programme_call set status = :to, version = :version, published_at = :publishedAt,
                            cancelled_at = :cancelledAt, cancel_reason = :cancelReason,
                            updated_by = :updatedBy, updated_at = :updatedAt
                        where id = :id and status = :from and version = :expectedVersion
                        """)
                .param("to", next.status().name())
                .param("version", next.version())
                .param("publishedAt", utc(next.publishedAt()))
                .param("cancelledAt", utc(next.cancelledAt()))
                .param("cancelReason", next.cancelReason())
                .param("updatedBy", next.updatedBy())
                .param("updatedAt", utc(next.updatedAt()))
                .param("id", next.id())
                .param("from", from.name())
                .param("expectedVersion", expectedVersion)
                .update() == 1;
    }

    void appendHistory(long callId, CallStatusChange change) {
        jdbc.sql("""
                        insert into call_status_history (call_id, transition, from_status, to_status, occurred_at, actor,
                            reason)
                        values (:callId, :transition, :from, :to, :occurredAt, :actor, :reason)
                        """)
                .param("callId", callId)
                .param("transition", change.transition().name())
                .param("from", change.from().name())
                .param("to", change.to().name())
                .param("occurredAt", utc(change.occurredAt()))
                .param("actor", change.actor())
                .param("reason", change.reason())
                .update();
    }

    List<CallStatusChange> history(long callId) {
        return jdbc.sql("""
                        select transition, from_status, to_status, occurred_at, actor, reason
                        from call_status_history where call_id = :callId order by occurred_at, id
                        """)
                .param("callId", callId)
                .query((rs, n) -> new CallStatusChange(CallTransition.valueOf(rs.getString("transition")),
                        CallStatus.valueOf(rs.getString("from_status")), CallStatus.valueOf(rs.getString("to_status")),
                        instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("reason")))
                .list();
    }

    private static String column(CallMilestone milestone) {
        return switch (milestone) {
            case FILING_OPENS -> "filing_opens_at";
            case FILING_CLOSES -> "filing_closes_at";
            case RECOMMENDATION_DEADLINE -> "recommendation_deadline";
        };
    }

    private static ProgrammeCall map(ResultSet rs, int row) throws SQLException {
        return new ProgrammeCall(rs.getLong("id"), rs.getInt("year"), rs.getString("title"), rs.getString("notice"),
                instant(rs, "filing_opens_at"), instant(rs, "filing_closes_at"),
                instant(rs, "recommendation_deadline"), rs.getObject("recommendation_quota", Integer.class),
                rs.getObject("max_projects_per_enterprise", Integer.class), rs.getString("element_condition_version"),
                CallStatus.valueOf(rs.getString("status")), rs.getLong("version"), instant(rs, "published_at"),
                instant(rs, "cancelled_at"), rs.getString("cancel_reason"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("updated_by"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** timestamptz parameters are bound as UTC offsets so that no JVM or session time zone can shift them. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
