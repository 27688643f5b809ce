package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.recommendation.ListStatus;
import cn.gov.hubei.jxt.pilot.recommendation.ListTransition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The recommendation tables, in plain SQL. Writes run in the caller's transaction. */
@Repository
class RecommendationRepository {

    /** Ranks are moved out of the way by this much before they are rewritten, so the unique rank never collides. */
    private static final int RANK_SHIFT = 1_000_000;

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ListRow(long callId, String divisionCode, ListStatus status, long version, Instant extendedUntil,
                   boolean reopened, Instant submittedAt, String submittedBy, boolean late, int submissionNo) {
    }

    record EntryRow(long applicationId, long callId, String divisionCode, int rank, String remark) {
    }

    record SubmissionRow(long id, long callId, String divisionCode, int number, String idempotencyKey,
                         Instant submittedAt, String submittedBy, Instant deadline, boolean late, int entryCount,
                         long scanFileId, long docxFileId, long xlsxFileId) {
    }

    record ReopeningRow(Instant reopenedAt, String reopenedBy, String reason, Instant newDeadline) {
    }

    // ------------------------------------------------------------------------------------------------- lists

    private static final String LIST = """
            select call_id, division_code, status, version, extended_until, reopened, submitted_at, submitted_by,
                   late, submission_no
              from recommendation_list""";

    /** Creates the division's list of the call as OPEN if it does not exist yet. */
    void ensureList(long callId, String divisionCode, String actor, Instant now) {
        jdbc.sql("""
                        insert into recommendation_list (call_id, division_code, status, version, created_at,
                                                         updated_at, updated_by)
                        values (:call, :division, 'OPEN', 0, :now, :now, :actor)
                        on conflict (call_id, division_code) do nothing""")
                .param("call", callId).param("division", divisionCode).param("now", ts(now))
                .param("actor", actor).update();
    }

    /** The list, locked until the transaction ends: every change of a list and of its entries takes this lock. */
    ListRow lock(long callId, String divisionCode) {
        return jdbc.sql(LIST + " where call_id = :call and division_code = :division for update")
                .param("call", callId).param("division", divisionCode)
                .query(RecommendationRepository::listRow).single();
    }

    Optional<ListRow> find(long callId, String divisionCode) {
        return jdbc.sql(LIST + " where call_id = :call and division_code = :division")
                .param("call", callId).param("division", divisionCode)
                .query(RecommendationRepository::listRow).optional();
    }

    List<ListRow> lists(long callId) {
        return jdbc.sql(LIST + " where call_id = :call").param("call", callId)
                .query(RecommendationRepository::listRow).list();
    }

    void touch(long callId, String divisionCode, String actor, Instant now) {
        jdbc.sql("""
                        update recommendation_list set version = version + 1, updated_at = :now, updated_by = :actor
                         where call_id = :call and division_code = :division""")
                .param("call", callId).param("division", divisionCode).param("now", ts(now))
                .param("actor", actor).update();
    }

    void markSubmitted(long callId, String divisionCode, int number, boolean late, String actor, Instant now) {
        jdbc.sql("""
                        update recommendation_list
                           set status = :to, submitted_at = :now, submitted_by = :actor, late = :late,
                               submission_no = :number, version = version + 1, updated_at = :now, updated_by = :actor
                         where call_id = :call and division_code = :division""")
                .param("to", ListTransition.SUBMIT.to().name()).param("call", callId).param("division", divisionCode).param("now", ts(now))
                .param("actor", actor).param("late", late).param("number", number).update();
    }

    void reopen(long callId, String divisionCode, String reason, Instant newDeadline, String actor, Instant now) {
        jdbc.sql("""
                        update recommendation_list
                           set status = :to, reopened = true, extended_until = :deadline,
                               version = version + 1, updated_at = :now, updated_by = :actor
                         where call_id = :call and division_code = :division""")
                .param("to", ListTransition.REOPEN.to().name()).param("call", callId).param("division", divisionCode).param("now", ts(now))
                .param("actor", actor).param("deadline", ts(newDeadline)).update();
        jdbc.sql("""
                        insert into recommendation_reopening (call_id, division_code, reopened_at, reopened_by,
                                                              reason, new_deadline)
                        values (:call, :division, :now, :actor, :reason, :deadline)""")
                .param("call", callId).param("division", divisionCode).param("now", ts(now))
                .param("actor", actor).param("reason", reason).param("deadline", ts(newDeadline)).update();
    }

    List<ReopeningRow> reopenings(long callId, String divisionCode) {
        return jdbc.sql("""
                        select reopened_at, reopened_by, reason, new_deadline from recommendation_reopening
                         where call_id = :call and division_code = :division order by reopened_at, id""")
                .param("call", callId).param("division", divisionCode)
                .query((rs, n) -> new ReopeningRow(instant(rs, 1), rs.getString(2), rs.getString(3),
                        instant(rs, 4)))
                .list();
    }

    // ----------------------------------------------------------------------------------------------- entries

    private static final String ENTRY = """
            select application_id, call_id, division_code, rank, remark from recommendation_entry""";

    List<EntryRow> entries(long callId, String divisionCode) {
        return jdbc.sql(ENTRY + " where call_id = :call and division_code = :division order by rank")
                .param("call", callId).param("division", divisionCode)
                .query(RecommendationRepository::entryRow).list();
    }

    List<EntryRow> entries(long callId) {
        return jdbc.sql(ENTRY + " where call_id = :call order by division_code, rank").param("call", callId)
                .query(RecommendationRepository::entryRow).list();
    }

    Optional<EntryRow> entry(long applicationId) {
        return jdbc.sql(ENTRY + " where application_id = :id").param("id", applicationId)
                .query(RecommendationRepository::entryRow).optional();
    }

    /** Adds the application at the end of the list; returns its rank. */
    int addEntry(long callId, String divisionCode, long applicationId, String actor, Instant now) {
        int rank = jdbc.sql("""
                        select coalesce(max(rank), 0) + 1 from recommendation_entry
                         where call_id = :call and division_code = :division""")
                .param("call", callId).param("division", divisionCode).query(Integer.class).single();
        jdbc.sql("""
                        insert into recommendation_entry (application_id, call_id, division_code, rank, added_at,
                                                          added_by)
                        values (:id, :call, :division, :rank, :now, :actor)""")
                .param("id", applicationId).param("call", callId).param("division", divisionCode)
                .param("rank", rank).param("now", ts(now)).param("actor", actor).update();
        return rank;
    }

    /** Removes the entry and closes the gap: the entries below move up by one. */
    void removeEntry(EntryRow entry) {
        jdbc.sql("delete from recommendation_entry where application_id = :id").param("id", entry.applicationId())
                .update();
        jdbc.sql("""
                        update recommendation_entry set rank = rank + :shift
                         where call_id = :call and division_code = :division and rank > :rank""")
                .param("shift", RANK_SHIFT).param("call", entry.callId()).param("division", entry.divisionCode())
                .param("rank", entry.rank()).update();
        jdbc.sql("""
                        update recommendation_entry set rank = rank - :shift - 1
                         where call_id = :call and division_code = :division and rank > :shift""")
                .param("shift", RANK_SHIFT).param("call", entry.callId()).param("division", entry.divisionCode())
                .update();
    }

    /** Gives the entries of the list the ranks 1, 2, … in the order of {@code applicationIds}. */
    void rank(long callId, String divisionCode, List<Long> applicationIds) {
        jdbc.sql("""
                        update recommendation_entry set rank = rank + :shift
                         where call_id = :call and division_code = :division""")
                .param("shift", RANK_SHIFT).param("call", callId).param("division", divisionCode).update();
        for (int i = 0; i < applicationIds.size(); i++) {
            jdbc.sql("update recommendation_entry set rank = :rank where application_id = :id")
                    .param("rank", i + 1).param("id", applicationIds.get(i)).update();
        }
    }

    void remark(long applicationId, String remark) {
        jdbc.sql("update recommendation_entry set remark = :remark where application_id = :id")
                .param("remark", remark).param("id", applicationId).update();
    }

    // ---------------------------------------------------------------------------------------------- pre-check

    List<PrecheckItem> precheck(long applicationId, int versionNo) {
        return jdbc.sql("""
                        select condition_no, verdict, note, checked_by, checked_at from recommendation_precheck
                         where application_id = :id and version_no = :version order by condition_no""")
                .param("id", applicationId).param("version", versionNo)
                .query((rs, n) -> new PrecheckItem(RecommendationCondition.byNumber(rs.getInt(1)).orElseThrow(),
                        Verdict.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), instant(rs, 5)))
                .list();
    }

    /** The pre-checks of the applications' given versions, by application id. */
    Map<Long, List<Verdict>> verdicts(Map<Long, Integer> versionByApplication) {
        Map<Long, List<Verdict>> result = new HashMap<>();
        if (versionByApplication.isEmpty()) {
            return result;
        }
        Collection<Long> ids = versionByApplication.keySet();
        jdbc.sql("""
                        select application_id, version_no, verdict from recommendation_precheck
                         where application_id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (versionByApplication.get(id) == rs.getInt(2)) {
                        result.computeIfAbsent(id, k -> new java.util.ArrayList<>())
                                .add(Verdict.valueOf(rs.getString(3)));
                    }
                });
        return result;
    }

    void savePrecheck(long applicationId, int versionNo, RecommendationCondition condition, Verdict verdict,
                      String note, String actor, Instant now) {
        jdbc.sql("""
                        insert into recommendation_precheck (application_id, version_no, condition_no, verdict, note,
                                                             checked_by, checked_at)
                        values (:id, :version, :condition, :verdict, :note, :actor, :now)
                        on conflict (application_id, version_no, condition_no)
                        do update set verdict = excluded.verdict, note = excluded.note,
                                      checked_by = excluded.checked_by, checked_at = excluded.checked_at""")
                .param("id", applicationId).param("version", versionNo).param("condition", condition.number())
                .param("verdict", verdict.name()).param("note", note).param("actor", actor).param("now", ts(now))
                .update();
    }

    // -------------------------------------------------------------------------------------------- submissions

    private static final String SUBMISSION = """
            select id, call_id, division_code, number, idempotency_key, submitted_at, submitted_by, deadline, late,
                   entry_count, scan_file_id, docx_file_id, xlsx_file_id
              from recommendation_submission""";

    Optional<SubmissionRow> submissionByKey(long callId, String divisionCode, String key) {
        return jdbc.sql(SUBMISSION + " where call_id = :call and division_code = :division and idempotency_key = :key")
                .param("call", callId).param("division", divisionCode).param("key", key)
                .query(RecommendationRepository::submissionRow).optional();
    }

    Optional<SubmissionRow> lastSubmission(long callId, String divisionCode) {
        return jdbc.sql(SUBMISSION + " where call_id = :call and division_code = :division order by number desc limit 1")
                .param("call", callId).param("division", divisionCode)
                .query(RecommendationRepository::submissionRow).optional();
    }

    List<SubmissionRow> submissions(long callId, String divisionCode) {
        return jdbc.sql(SUBMISSION + " where call_id = :call and division_code = :division order by number")
                .param("call", callId).param("division", divisionCode)
                .query(RecommendationRepository::submissionRow).list();
    }

    void insertSubmission(long callId, String divisionCode, int number, String key, Instant now, String actor,
                          Instant deadline, boolean late, int entryCount, long scan, long docx, long xlsx) {
        jdbc.sql("""
                        insert into recommendation_submission (call_id, division_code, number, idempotency_key,
                               submitted_at, submitted_by, deadline, late, entry_count, scan_file_id, docx_file_id,
                               xlsx_file_id)
                        values (:call, :division, :number, :key, :now, :actor, :deadline, :late, :count, :scan,
                                :docx, :xlsx)""")
                .param("call", callId).param("division", divisionCode).param("number", number).param("key", key)
                .param("now", ts(now)).param("actor", actor).param("deadline", ts(deadline)).param("late", late)
                .param("count", entryCount).param("scan", scan).param("docx", docx).param("xlsx", xlsx).update();
    }

    // -------------------------------------------------------------------------------------------- reminders

    /** Records a reminder as sent; false when it had been recorded before (by this or another node). */
    boolean recordReminder(long callId, String divisionCode, int daysBefore, Instant now) {
        return jdbc.sql("""
                        insert into recommendation_reminder (call_id, division_code, days_before, sent_at, recipients)
                        values (:call, :division, :days, :now, 0)
                        on conflict (call_id, division_code, days_before) do nothing""")
                .param("call", callId).param("division", divisionCode).param("days", daysBefore)
                .param("now", ts(now)).update() == 1;
    }

    void reminderRecipients(long callId, String divisionCode, int daysBefore, int recipients) {
        jdbc.sql("""
                        update recommendation_reminder set recipients = :recipients
                         where call_id = :call and division_code = :division and days_before = :days""")
                .param("call", callId).param("division", divisionCode).param("days", daysBefore)
                .param("recipients", recipients).update();
    }

    // ---------------------------------------------------------------------------------------------- mapping

    private static ListRow listRow(ResultSet rs, int n) throws SQLException {
        return new ListRow(rs.getLong("call_id"), rs.getString("division_code"),
                ListStatus.valueOf(rs.getString("status")), rs.getLong("version"), instant(rs, "extended_until"),
                rs.getBoolean("reopened"), instant(rs, "submitted_at"), rs.getString("submitted_by"),
                rs.getBoolean("late"), rs.getInt("submission_no"));
    }

    private static EntryRow entryRow(ResultSet rs, int n) throws SQLException {
        return new EntryRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5));
    }

    private static SubmissionRow submissionRow(ResultSet rs, int n) throws SQLException {
        return new SubmissionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                instant(rs, 6), rs.getString(7), instant(rs, 8), rs.getBoolean(9), rs.getInt(10), rs.getLong(11),
                rs.getLong(12), rs.getLong(13));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
