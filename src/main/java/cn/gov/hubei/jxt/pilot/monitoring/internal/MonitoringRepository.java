package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.monitoring.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The monitoring's tables through {@link JdbcClient}; every state change is a conditional write. */
@Repository
class MonitoringRepository {

    private final JdbcClient jdbc;

    MonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------------------------------------- rounds

    record RoundRow(long id, int year, String title, LocalDate opensOn, LocalDate deadline, Instant startedAt) {
    }

    private static final String ROUND = "select id, year, title, opens_on, deadline, started_at from monitoring_round";

    private static RoundRow round(ResultSet rs, int n) throws SQLException {
        return new RoundRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), instant(rs.getTimestamp(6)));
    }

    long insertRound(int year, String title, LocalDate opensOn, LocalDate deadline, String by, Instant at) {
        return jdbc.sql("""
                        insert into monitoring_round (year, title, opens_on, deadline, opened_by, opened_at)
                        values (:year, :title, :opens, :deadline, :by, :at)
                        on conflict do nothing returning id
                        """).param("year", year).param("title", title).param("opens", opensOn)
                .param("deadline", deadline).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).optional().orElse(0L);
    }

    Optional<RoundRow> round(long id) {
        return jdbc.sql(ROUND + " where id = :id").param("id", id).query(MonitoringRepository::round).optional();
    }

    Optional<RoundRow> roundOfYear(int year) {
        return jdbc.sql(ROUND + " where year = :y").param("y", year).query(MonitoringRepository::round).optional();
    }

    List<RoundRow> rounds() {
        return jdbc.sql(ROUND + " order by year desc").query(MonitoringRepository::round).list();
    }

    /** Rounds whose opening day has come and whose reports are not created yet. */
    List<RoundRow> roundsToStart(LocalDate today) {
        return jdbc.sql(ROUND + " where started_at is null and opens_on <= :today order by id")
                .param("today", today).query(MonitoringRepository::round).list();
    }

    boolean markStarted(long roundId, Instant at) {
        return jdbc.sql("update monitoring_round set started_at = :at where id = :id and started_at is null")
                .param("at", Timestamp.from(at)).param("id", roundId).update() == 1;
    }

    /** Creates the report of a designation in a round; false when it exists (another node, a second run). */
    boolean insertReport(long roundId, long designationId, long enterpriseId, String divisionCode) {
        return jdbc.sql("""
                        insert into monitoring_report (round_id, designation_id, enterprise_id, division_code, status)
                        values (:round, :designation, :enterprise, :division, 'DRAFT')
                        on conflict do nothing
                        """).param("round", roundId).param("designation", designationId)
                .param("enterprise", enterpriseId).param("division", divisionCode).update() == 1;
    }

    /** Counts per status of each round. */
    Map<Long, Map<String, Integer>> countsByRound() {
        Map<Long, Map<String, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select round_id, status, count(*), count(*) filter (where overdue_at is not null)
                          from monitoring_report group by round_id, status
                        """).query(rs -> {
            Map<String, Integer> c = counts.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>());
            c.put(rs.getString(2), rs.getInt(3));
            c.merge("OVERDUE", rs.getInt(4), Integer::sum);
        });
        return counts;
    }

    // --------------------------------------------------------------------------------------------- reports

    record ReportRow(long id, long roundId, long designationId, long enterpriseId, String divisionCode,
                     ReportStatus status, String content, String submittedContent, Instant submittedAt,
                     String rectification, String comment, String commentedBy, String returnReason,
                     LocalDate rectifyDeadline, String rectifyItems, String decisionReason, String decidedBy,
                     Instant decidedAt, Instant overdueAt, long version) {
    }

    private static final String REPORT = """
            select r.id, r.round_id, r.designation_id, r.enterprise_id, r.division_code, r.status, r.content,
                   r.submitted_content, r.submitted_at, r.rectification, r.comment, r.commented_by, r.return_reason,
                   r.rectify_deadline, r.rectify_items, r.decision_reason, r.decided_by, r.decided_at, r.overdue_at,
                   r.version
              from monitoring_report r
            """;

    private static ReportRow report(ResultSet rs, int n) throws SQLException {
        return new ReportRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                ReportStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16), rs.getString(17),
                instant(rs.getTimestamp(18)), instant(rs.getTimestamp(19)), rs.getLong(20));
    }

    /**
     * The report if the scope may see it: {@code enterpriseId} / {@code divisionCode} null for the office (in SQL, so
     * that a guessed id of another's report is not found).
     */
    Optional<ReportRow> report(long id, Long enterpriseId, String divisionCode) {
        return jdbc.sql(REPORT + """
                         where r.id = :id and (cast(:enterprise as bigint) is null or r.enterprise_id = :enterprise)
                           and (cast(:division as varchar) is null or r.division_code = :division)
                        """).param("id", id).param("enterprise", enterpriseId).param("division", divisionCode)
                .query(MonitoringRepository::report).optional();
    }

    Optional<ReportRow> lockReport(long id) {
        jdbc.sql("select id from monitoring_report where id = :id for update").param("id", id).query(Long.class)
                .optional();
        return report(id, null, null);
    }

    List<ReportRow> reports(Long roundId, Long enterpriseId, String divisionCode, Long designationId) {
        return jdbc.sql(REPORT + """
                         join monitoring_round o on o.id = r.round_id
                         where (cast(:round as bigint) is null or r.round_id = :round)
                           and (cast(:enterprise as bigint) is null or r.enterprise_id = :enterprise)
                           and (cast(:division as varchar) is null or r.division_code = :division)
                           and (cast(:designation as bigint) is null or r.designation_id = :designation)
                         order by o.year desc, r.division_code, r.id
                        """).param("round", roundId).param("enterprise", enterpriseId)
                .param("division", divisionCode).param("designation", designationId)
                .query(MonitoringRepository::report).list();
    }

    /** Whether the designated project is within the scope: its enterprise's, its division's (null: any). */
    boolean designationInScope(long designationId, Long enterpriseId, String divisionCode) {
        return jdbc.sql("""
                        select count(*) from designated_project d
                         where d.id = :id
                           and (cast(:enterprise as bigint) is null or d.enterprise_id = :enterprise)
                           and (cast(:division as varchar) is null or d.division_code = :division)
                        """).param("id", designationId).param("enterprise", enterpriseId)
                .param("division", divisionCode).query(Long.class).single() > 0;
    }

    boolean saveDraft(long id, long version, String content) {
        return jdbc.sql("""
                        update monitoring_report set content = :content, version = version + 1
                         where id = :id and version = :v and status in ('DRAFT', 'RETURNED')
                        """).param("content", content).param("id", id).param("v", version).update() == 1;
    }

    boolean submit(long id, ReportStatus from, String by, Instant at) {
        return jdbc.sql("""
                        update monitoring_report
                           set status = 'SUBMITTED', submitted_content = content, submitted_by = :by,
                               submitted_at = :at, return_reason = null, version = version + 1
                         where id = :id and status = :from
                        """).param("by", by).param("at", Timestamp.from(at)).param("id", id)
                .param("from", from.name()).update() == 1;
    }

    /** A decision's conditional write: only from the status read under the lock. */
    boolean decide(long id, ReportStatus from, ReportStatus to, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("status = :to, version = version + 1");
        columns.keySet().forEach(c -> set.append(", ").append(c).append(" = :").append(c));
        var spec = jdbc.sql("update monitoring_report set " + set + " where id = :id and status = :from")
                .param("to", to.name()).param("id", id).param("from", from.name());
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            Object v = e.getValue() instanceof Instant i ? Timestamp.from(i) : e.getValue();
            spec = spec.param(e.getKey(), v);
        }
        return spec.update() == 1;
    }

    void addFile(long reportId, long fileId, String name, String by, Instant at) {
        jdbc.sql("""
                        insert into monitoring_report_file (report_id, file_id, name, added_by, added_at)
                        values (:report, :file, :name, :by, :at)
                        """).param("report", reportId).param("file", fileId).param("name", name).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    record FileRow(long id, long fileId, String name) {
    }

    List<FileRow> files(long reportId) {
        return jdbc.sql("select id, file_id, name from monitoring_report_file where report_id = :r order by id")
                .param("r", reportId).query((rs, n) -> new FileRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    Optional<FileRow> file(long reportId, long id) {
        return jdbc.sql("select id, file_id, name from monitoring_report_file where report_id = :r and id = :id")
                .param("r", reportId).param("id", id)
                .query((rs, n) -> new FileRow(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
    }

    // ------------------------------------------------------------------------------------------ the clock

    /** Drafts (and returned reports) of rounds whose deadline is at most {@code days} ahead, not yet reminded. */
    record Due(long reportId, long designationId, long enterpriseId, String roundTitle, LocalDate deadline) {
    }

    List<Due> unsubmittedOfOpenRounds(LocalDate today) {
        return jdbc.sql("""
                        select r.id, r.designation_id, r.enterprise_id, o.title, o.deadline
                          from monitoring_report r join monitoring_round o on o.id = r.round_id
                         where r.status in ('DRAFT', 'RETURNED') and o.opens_on <= :today and o.deadline >= :today
                         order by r.id
                        """).param("today", today)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).list();
    }

    /** Records a reminder; false when it was sent already (by this node or another). */
    boolean recordReminder(long reportId, int daysBefore, Instant at) {
        return jdbc.sql("""
                        insert into monitoring_reminder (report_id, days_before, sent_at) values (:r, :d, :at)
                        on conflict do nothing
                        """).param("r", reportId).param("d", daysBefore).param("at", Timestamp.from(at)).update() == 1;
    }

    List<Integer> reminders(long reportId) {
        return jdbc.sql("select days_before from monitoring_reminder where report_id = :r order by days_before desc")
                .param("r", reportId).query(Integer.class).list();
    }

    /** Marks the drafts of rounds past their deadline overdue; returns the ids marked now. */
    List<Long> markOverdue(LocalDate today, Instant at) {
        return jdbc.sql("""
                        update monitoring_report r set overdue_at = :at
                          from monitoring_round o
                         where o.id = r.round_id and o.deadline < :today and r.status = 'DRAFT'
                           and r.overdue_at is null
                        returning r.id
                        """).param("today", today).param("at", Timestamp.from(at)).query(Long.class).list();
    }

    boolean recordExpiryNotice(long designationId, String kind, Instant at) {
        return jdbc.sql("""
                        insert into monitoring_expiry_notice (designation_id, kind, sent_at) values (:d, :k, :at)
                        on conflict do nothing
                        """).param("d", designationId).param("k", kind).param("at", Timestamp.from(at)).update() == 1;
    }

    List<String> expiryNotices(long designationId) {
        return jdbc.sql("select kind from monitoring_expiry_notice where designation_id = :d order by sent_at, kind")
                .param("d", designationId).query(String.class).list();
    }

    // ---------------------------------------------------------------------------------------------- checks

    long insertCheck(long designationId, LocalDate on, String findings, String summary, String conclusion,
                     LocalDate rectifyDeadline, String rectifyItems, String reason, Long fileId, String fileName,
                     String by, Instant at) {
        return jdbc.sql("""
                        insert into monitoring_check (designation_id, checked_on, findings, summary, conclusion,
                               rectify_deadline, rectify_items, reason, file_id, file_name, recorded_by, recorded_at)
                        values (:d, :on, :findings, :summary, :conclusion, :deadline, :items, :reason, :file,
                                :fileName, :by, :at)
                        returning id
                        """).param("d", designationId).param("on", on).param("findings", findings)
                .param("summary", summary).param("conclusion", conclusion).param("deadline", rectifyDeadline)
                .param("items", rectifyItems).param("reason", reason).param("file", fileId)
                .param("fileName", fileName).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    record CheckRow(long id, long designationId, LocalDate checkedOn, String findings, String summary,
                    String conclusion, LocalDate rectifyDeadline, String rectifyItems, String reason, Long fileId,
                    String fileName, String recordedBy, Instant recordedAt, String followUp, String followUpNote,
                    String followUpBy, Instant followUpAt) {
    }

    private static final String CHECK = """
            select id, designation_id, checked_on, findings, summary, conclusion, rectify_deadline, rectify_items,
                   reason, file_id, file_name, recorded_by, recorded_at, follow_up, follow_up_note, follow_up_by,
                   follow_up_at from monitoring_check
            """;

    private static CheckRow check(ResultSet rs, int n) throws SQLException {
        return new CheckRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
                rs.getObject(10, Long.class), rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)),
                rs.getString(14), rs.getString(15), rs.getString(16), instant(rs.getTimestamp(17)));
    }

    List<CheckRow> checks(Long designationId) {
        return jdbc.sql(CHECK + " where cast(:d as bigint) is null or designation_id = :d order by recorded_at desc, id desc")
                .param("d", designationId).query(MonitoringRepository::check).list();
    }

    Optional<CheckRow> check(long id) {
        return jdbc.sql(CHECK + " where id = :id").param("id", id).query(MonitoringRepository::check).optional();
    }

    Optional<CheckRow> lockCheck(long id) {
        return jdbc.sql(CHECK + " where id = :id for update").param("id", id).query(MonitoringRepository::check)
                .optional();
    }

    /** The follow-up, once: only a check that required rectification and has none yet. */
    boolean followUp(long id, String outcome, String note, String by, Instant at) {
        return jdbc.sql("""
                        update monitoring_check set follow_up = :outcome, follow_up_note = :note, follow_up_by = :by,
                               follow_up_at = :at
                        where id = :id and conclusion = 'RECTIFYING' and follow_up is null
                        """).param("id", id).param("outcome", outcome).param("note", note).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    // --------------------------------------------------------------------------------------------- figures

    /** {@link cn.gov.hubei.jxt.pilot.monitoring.MonitoringFigures}: one aggregate. */
    Map<Integer, Long> inRectificationByYear(String divisionCode) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select cast(extract(year from d.valid_from) as integer), count(distinct r.designation_id)
                          from monitoring_report r join designated_project d on d.id = r.designation_id
                         where r.status in ('RECTIFYING', 'RECTIFIED')
                           and (cast(:division as varchar) is null or r.division_code = :division)
                         group by 1 order by 1
                        """).param("division", divisionCode)
                .query(rs -> {
                    counts.put(rs.getInt(1), rs.getLong(2));
                });
        return counts;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
