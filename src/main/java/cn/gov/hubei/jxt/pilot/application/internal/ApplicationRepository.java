package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The application's tables. Every query that returns applications, versions or files applies the caller's
 * {@link ApplicationScope} in its where clause ({@link #scopeClause}).
 */
@Repository
public class ApplicationRepository {

    private static final String SUMMARY = """
            select a.id, a.number, a.call_id, c.title as call_title, a.enterprise_id, e.name as enterprise_name,
                   a.division_code, a.reference_version, a.status, a.project_name, a.last_version_no, a.version,
                   a.status_reason, a.return_deadline, a.created_by, a.created_at, a.updated_at
            from project_application a
            join programme_call c on c.id = a.call_id
            join enterprise e on e.id = a.enterprise_id
            """;

    private final JdbcClient jdbc;
    private final SectionJson json;

    ApplicationRepository(JdbcClient jdbc, SectionJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The scope as SQL over {@code project_application a}, with its parameters bound by {@link #bindScope}. */
    static String scopeClause(ApplicationScope scope) {
        return switch (scope.kind()) {
            case ENTERPRISE -> "a.enterprise_id = :scopeEnterprise";
            case DIVISION -> "a.division_code = :scopeDivision and "
                    + statusIn(ApplicationStatusGroup.VISIBLE_TO_RECOMMENDER) + " and a.last_version_no > 0";
            case PROVINCE -> "a.last_version_no > 0";
            case ASSIGNED -> "exists (select 1 from application_assignment x where x.application_id = a.id"
                    + " and x.account_id = :scopeAccount) and a.last_version_no > 0";
            case ALL -> "1 = 1";
            case NONE -> "1 = 0";
        };
    }

    /** {@code a.status in (...)} of the group's statuses, as literals (names of the enum, never user input). */
    private static String statusIn(ApplicationStatusGroup group) {
        return group.statuses().isEmpty() ? "1 = 0" : "a.status in (" + group.statuses().stream()
                .map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec spec, ApplicationScope scope) {
        return switch (scope.kind()) {
            case ENTERPRISE -> spec.param("scopeEnterprise", scope.enterpriseId());
            case DIVISION -> spec.param("scopeDivision", scope.divisionCode());
            case ASSIGNED -> spec.param("scopeAccount", scope.accountId());
            default -> spec;
        };
    }

    public List<ApplicationSummary> list(ApplicationScope scope) {
        return bindScope(jdbc.sql(SUMMARY + " where " + scopeClause(scope) + " order by a.created_at desc, a.id desc"),
                scope).query(ApplicationRepository::summary).list();
    }

    /** The applications a query asks for, in its scope, newest first, one page (see {@link ApplicationQuery}). */
    public List<ApplicationSummary> list(ApplicationQuery query) {
        StringBuilder sql = new StringBuilder(SUMMARY).append(" where ").append(where(query))
                .append(" order by a.created_at desc, a.id desc");
        if (query.limit() > 0) {
            sql.append(" limit :limit offset :offset");
        }
        JdbcClient.StatementSpec spec = bind(jdbc.sql(sql.toString()), query);
        if (query.limit() > 0) {
            spec = spec.param("limit", query.limit()).param("offset", query.offset());
        }
        return spec.query(ApplicationRepository::summary).list();
    }

    /** How many applications the query finds on all its pages. */
    public long count(ApplicationQuery query) {
        return bind(jdbc.sql("select count(*) from project_application a join enterprise e on e.id = a.enterprise_id"
                + " where " + where(query)), query).query(Long.class).single();
    }

    private static String where(ApplicationQuery query) {
        StringBuilder where = new StringBuilder(scopeClause(query.scope()));
        if (query.callId() != null) {
            where.append(" and a.call_id = :qCall");
        }
        if (query.group() != null) {
            where.append(" and ").append(statusIn(query.group()));
        }
        if (query.status() != null) {
            where.append(" and a.status = :qStatus");
        }
        if (query.division() != null) {
            where.append(" and a.division_code = :qDivision");
        }
        if (query.text() != null) {
            where.append(" and (strpos(lower(a.number), lower(:qText)) > 0"
                    + " or strpos(lower(coalesce(a.project_name, '')), lower(:qText)) > 0"
                    + " or strpos(lower(e.name), lower(:qText)) > 0)");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ApplicationQuery query) {
        spec = bindScope(spec, query.scope());
        if (query.callId() != null) {
            spec = spec.param("qCall", query.callId());
        }
        if (query.status() != null) {
            spec = spec.param("qStatus", query.status().name());
        }
        if (query.division() != null) {
            spec = spec.param("qDivision", query.division());
        }
        if (query.text() != null) {
            spec = spec.param("qText", query.text());
        }
        return spec;
    }

    public Optional<ApplicationSummary> find(long id, ApplicationScope scope) {
        return bindScope(jdbc.sql(SUMMARY + " where a.id = :id and " + scopeClause(scope)), scope)
                .param("id", id).query(ApplicationRepository::summary).optional();
    }

    /** Locks the application's row for the rest of the transaction (submissions of one application queue here). */
    public Optional<ApplicationSummary> lock(long id, ApplicationScope scope) {
        boolean exists = bindScope(jdbc.sql("select a.id from project_application a where a.id = :id and "
                + scopeClause(scope) + " for update"), scope).param("id", id).query(Long.class).optional().isPresent();
        return exists ? find(id, scope) : Optional.empty();
    }

    public long insert(String number, long enterpriseId, long callId, String divisionCode, String referenceVersion,
                       String actor, Instant now) {
        return jdbc.sql("""
                        insert into project_application (number, enterprise_id, call_id, division_code,
                               reference_version, status, created_by, created_at, updated_at)
                        values (:number, :enterprise, :call, :division, :reference, :status, :actor, :now, :now)
                        returning id""")
                .param("number", number).param("enterprise", enterpriseId).param("call", callId)
                .param("division", divisionCode)
                .param("reference", referenceVersion).param("status", ApplicationStatus.DRAFT.name())
                .param("actor", actor).param("now", at(now))
                .query(Long.class).single();
    }

    /**
     * The next sequence number of the call's year and division: 1 for the first application, then one more each
     * time. The counter row stays locked until the caller's transaction ends, so concurrent creations in one division
     * queue here and each takes its own number; a number taken is never given again (a rolled-back creation never
     * took one).
     */
    public int nextSequence(int callYear, String divisionCode) {
        return jdbc.sql("""
                        insert into application_number_counter (call_year, division_code, last_value)
                        values (:year, :division, 1)
                        on conflict (call_year, division_code)
                        do update set last_value = application_number_counter.last_value + 1
                        returning last_value""")
                .param("year", callYear).param("division", divisionCode).query(Integer.class).single();
    }

    /** How many applications of the enterprise in the call count against the cap. */
    public int countAgainstCap(long enterpriseId, long callId) {
        return jdbc.sql("select count(*) from project_application where enterprise_id = :e and call_id = :c "
                        + "and status in (:statuses)")
                .param("e", enterpriseId).param("c", callId)
                .param("statuses", ApplicationStatusGroup.COUNTED_AGAINST_CAP.statuses().stream().map(Enum::name).toList())
                .query(Integer.class).single();
    }

    /** Serialises creations of one enterprise, so two concurrent creations cannot both pass the cap. */
    public void lockEnterprise(long enterpriseId) {
        jdbc.sql("select id from enterprise where id = :id for update").param("id", enterpriseId)
                .query(Long.class).optional();
    }

    // ------------------------------------------------------------------------------------------------ sections

    public List<SavedSection> sections(long id) {
        return jdbc.sql("select section_key, content, version, updated_by, updated_at from application_section "
                        + "where application_id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    SectionKey key = SectionKey.byKey(rs.getString(1)).orElseThrow();
                    return new SavedSection(key, json.readSection(key, rs.getString(2)), rs.getInt(3),
                            rs.getString(4), instant(rs, 5));
                }).list();
    }

    public Optional<SavedSection> section(long id, SectionKey key) {
        return jdbc.sql("select content, version, updated_by, updated_at from application_section "
                        + "where application_id = :id and section_key = :key")
                .param("id", id).param("key", key.key())
                .query((rs, n) -> new SavedSection(key, json.readSection(key, rs.getString(1)), rs.getInt(2),
                        rs.getString(3), instant(rs, 4))).optional();
    }

    /** Inserts version 1 of a section; its time as stored, or empty when another request inserted it first. */
    public Optional<Instant> insertSection(long id, SectionKey key, String content, String actor, Instant now) {
        return jdbc.sql("""
                        insert into application_section (application_id, section_key, content, version, updated_by,
                               updated_at)
                        values (:id, :key, :content, 1, :actor, :now)
                        on conflict (application_id, section_key) do nothing
                        returning updated_at""")
                .param("id", id).param("key", key.key()).param("content", content).param("actor", actor)
                .param("now", at(now)).query((rs, n) -> instant(rs, 1)).optional();
    }

    /**
     * Writes the next version of a section if it is still at {@code expected}; its time as stored, or empty when it
     * is not at {@code expected}.
     */
    public Optional<Instant> updateSection(long id, SectionKey key, int expected, String content, String actor,
                                           Instant now) {
        return jdbc.sql("""
                        update application_section set content = :content, version = version + 1,
                               updated_by = :actor, updated_at = :now
                        where application_id = :id and section_key = :key and version = :expected
                        returning updated_at""")
                .param("id", id).param("key", key.key()).param("content", content).param("actor", actor)
                .param("now", at(now)).param("expected", expected).query((rs, n) -> instant(rs, 1)).optional();
    }

    public void touch(long id, String projectName, Instant now) {
        jdbc.sql("update project_application set project_name = :name, updated_at = :now where id = :id")
                .param("name", projectName).param("now", at(now)).param("id", id).update();
    }

    // ---------------------------------------------------------------------------------------------- transitions

    /** Moves the status if it is still {@code from} at {@code version}; false when someone else moved it first. */
    public boolean changeStatus(long id, ApplicationStatus from, long version, ApplicationStatus to, String reason,
                                Instant returnDeadline, Integer lastVersionNo, Instant now) {
        return jdbc.sql("""
                        update project_application set status = :to, version = version + 1, status_reason = :reason,
                               return_deadline = :deadline, updated_at = :now,
                               last_version_no = coalesce(cast(:lastVersionNo as integer), last_version_no)
                        where id = :id and status = :from and version = :version""")
                .param("to", to.name()).param("reason", reason).param("deadline", at(returnDeadline))
                .param("now", at(now)).param("lastVersionNo", lastVersionNo).param("id", id)
                .param("from", from.name()).param("version", version).update() == 1;
    }

    public void appendHistory(long id, ApplicationTransition transition, ApplicationStatus from, ApplicationStatus to,
                              Instant at, String actor, String reason, Instant deadline, Integer versionNo) {
        jdbc.sql("""
                        insert into application_status_history (application_id, transition, from_status, to_status,
                               occurred_at, actor, reason, deadline, version_no)
                        values (:id, :transition, :from, :to, :at, :actor, :reason, :deadline, :versionNo)""")
                .param("id", id).param("transition", transition.code()).param("from", from.name())
                .param("to", to.name()).param("at", at(at)).param("actor", actor).param("reason", reason)
                .param("deadline", at(deadline)).param("versionNo", versionNo).update();
    }

    /** One status change of the application's history. */
    public record HistoryEntry(String transition, ApplicationStatus from, ApplicationStatus to, Instant occurredAt,
                               String actor, String reason, Instant deadline, Integer versionNo) {
    }

    public List<HistoryEntry> history(long id) {
        return jdbc.sql("""
                        select transition, from_status, to_status, occurred_at, actor, reason, deadline, version_no
                        from application_status_history where application_id = :id order by occurred_at, id""")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry(rs.getString(1), ApplicationStatus.valueOf(rs.getString(2)),
                        ApplicationStatus.valueOf(rs.getString(3)), instant(rs, 4), rs.getString(5),
                        rs.getString(6), instant(rs, 7), (Integer) rs.getObject(8)))
                .list();
    }

    // ------------------------------------------------------------------------------------------------ versions

    public void insertVersion(long id, int number, String snapshot, String actor, Instant now) {
        jdbc.sql("""
                        insert into application_version (application_id, number, snapshot, submitted_by, submitted_at)
                        values (:id, :number, :snapshot, :actor, :now)""")
                .param("id", id).param("number", number).param("snapshot", snapshot).param("actor", actor)
                .param("now", at(now)).update();
    }

    public List<VersionInfo> versions(long id) {
        return jdbc.sql("select number, submitted_at, submitted_by from application_version "
                        + "where application_id = :id order by number")
                .param("id", id)
                .query((rs, n) -> new VersionInfo(rs.getInt(1), instant(rs, 2), rs.getString(3))).list();
    }

    /** A version's info and its snapshot JSON. */
    public record StoredVersion(VersionInfo info, String snapshot) {
    }

    public Optional<StoredVersion> version(long id, int number) {
        return jdbc.sql("select number, submitted_at, submitted_by, snapshot from application_version "
                        + "where application_id = :id and number = :number")
                .param("id", id).param("number", number)
                .query((rs, n) -> new StoredVersion(new VersionInfo(rs.getInt(1), instant(rs, 2), rs.getString(3)),
                        rs.getString(4)))
                .optional();
    }

    public Optional<Integer> submissionFor(long id, String idempotencyKey) {
        return jdbc.sql("select version_no from application_submission_key where application_id = :id "
                        + "and idempotency_key = :key")
                .param("id", id).param("key", idempotencyKey).query(Integer.class).optional();
    }

    public void recordSubmission(long id, String idempotencyKey, int versionNo, Instant now) {
        jdbc.sql("insert into application_submission_key (application_id, idempotency_key, version_no, created_at) "
                        + "values (:id, :key, :versionNo, :now)")
                .param("id", id).param("key", idempotencyKey).param("versionNo", versionNo).param("now", at(now))
                .update();
    }

    // --------------------------------------------------------------------------------------------------- files

    public void attach(long id, AttachedFile file) {
        jdbc.sql("""
                        insert into application_file (application_id, file_id, purpose, file_name, file_kind,
                               file_size, attached_by, attached_at)
                        values (:id, :file, :purpose, :name, :kind, :size, :actor, :at)""")
                .param("id", id).param("file", file.fileId()).param("purpose", file.purpose().name())
                .param("name", file.name()).param("kind", file.kind().name()).param("size", file.size())
                .param("actor", file.attachedBy()).param("at", at(file.attachedAt())).update();
    }

    public long totalFileSize(long id) {
        return jdbc.sql("select coalesce(sum(file_size), 0) from application_file where application_id = :id")
                .param("id", id).query(Long.class).single();
    }

    /** The files of an application; {@code submittedOnly} keeps those a submitted version referred to. */
    public List<AttachedFile> files(long id, boolean submittedOnly) {
        return jdbc.sql("""
                        select file_id, purpose, file_name, file_kind, file_size, attached_by, attached_at,
                               first_version_no
                        from application_file where application_id = :id"""
                        + (submittedOnly ? " and first_version_no is not null" : "")
                        + " order by attached_at, file_id")
                .param("id", id).query(ApplicationRepository::file).list();
    }

    /** Marks the files a new version refers to as submitted (from then on the recommender may read them). */
    public void freezeFiles(long id, Collection<Long> fileIds, int versionNo) {
        if (fileIds.isEmpty()) {
            return;
        }
        jdbc.sql("update application_file set first_version_no = :v where application_id = :id "
                        + "and file_id in (:files) and first_version_no is null")
                .param("v", versionNo).param("id", id).param("files", List.copyOf(fileIds)).update();
    }

    // ------------------------------------------------------------------------------------------------- mapping

    private static ApplicationSummary summary(ResultSet rs, int n) throws SQLException {
        return new ApplicationSummary(rs.getLong("id"), rs.getString("number"), rs.getLong("call_id"), rs.getString("call_title"),
                rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getString("division_code"),
                rs.getString("reference_version"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("project_name"), rs.getInt("last_version_no"), rs.getLong("version"),
                rs.getString("status_reason"), instant(rs, "return_deadline"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static AttachedFile file(ResultSet rs, int n) throws SQLException {
        return new AttachedFile(rs.getLong(1), FilePurpose.valueOf(rs.getString(2)), rs.getString(3),
                FileKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6), instant(rs, 7),
                (Integer) rs.getObject(8));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
