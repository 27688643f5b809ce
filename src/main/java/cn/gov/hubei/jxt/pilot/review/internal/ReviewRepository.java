package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet.CriterionScore;
import cn.gov.hubei.jxt.pilot.review.ScoreSheets.SheetChange;
import cn.gov.hubei.jxt.pilot.review.SheetStatus;
import cn.gov.hubei.jxt.pilot.review.SheetTransition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rubrics, sheets, their history and the meeting settings ({@code review_*} tables). */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- rubrics

    /** Serialises the versioning of one call's rubric: locks the call's row. */
    boolean lockCall(long callId) {
        return jdbc.sql("select id from programme_call where id = :id for update").param("id", callId)
                .query(Long.class).optional().isPresent();
    }

    boolean callExists(long callId) {
        return jdbc.sql("select count(*) from programme_call where id = :id").param("id", callId)
                .query(Long.class).single() > 0;
    }

    long insertRubric(long callId, int version, List<String> tieBreak, List<Criterion> criteria, String by,
                      Instant at) {
        long id = jdbc.sql("""
                        insert into review_rubric (call_id, version, tie_break, created_by, created_at)
                        values (:call, :version, :tieBreak, :by, :at) returning id""")
                .param("call", callId).param("version", version).param("tieBreak", String.join(",", tieBreak))
                .param("by", by).param("at", at(at)).query(Long.class).single();
        int position = 1;
        for (Criterion c : criteria) {
            jdbc.sql("""
                            insert into review_criterion (rubric_id, position, code, name, weight, max_points, guidance)
                            values (:rubric, :position, :code, :name, :weight, :max, :guidance)""")
                    .param("rubric", id).param("position", position++).param("code", c.code())
                    .param("name", c.name()).param("weight", c.weight()).param("max", c.maxPoints())
                    .param("guidance", c.guidance()).update();
        }
        return id;
    }

    Optional<Rubric> rubric(long id) {
        return rubrics("where r.id = :id", Map.of("id", id)).stream().findFirst();
    }

    Optional<Rubric> rubricVersion(long callId, int version) {
        return rubrics("where r.call_id = :call and r.version = :version", Map.of("call", callId, "version", version))
                .stream().findFirst();
    }

    Optional<Rubric> currentRubric(long callId) {
        return rubrics("where r.call_id = :call and r.version = (select max(version) from review_rubric "
                + "where call_id = :call)", Map.of("call", callId)).stream().findFirst();
    }

    List<Rubric> rubrics(long callId) {
        return rubrics("where r.call_id = :call", Map.of("call", callId));
    }

    private List<Rubric> rubrics(String where, Map<String, ?> params) {
        List<Object[]> heads = jdbc.sql("select r.id, r.call_id, r.version, r.tie_break, r.created_by, r.created_at, "
                        + "r.locked_at from review_rubric r " + where + " order by r.version desc")
                .params(params)
                .query((rs, n) -> new Object[]{rs.getLong("id"), rs.getLong("call_id"), rs.getInt("version"),
                        rs.getString("tie_break"), rs.getString("created_by"), instant(rs, "created_at"),
                        instant(rs, "locked_at")})
                .list();
        List<Rubric> rubrics = new ArrayList<>();
        for (Object[] h : heads) {
            List<Criterion> criteria = jdbc.sql("""
                            select code, name, weight, max_points, guidance from review_criterion
                             where rubric_id = :id order by position""")
                    .param("id", h[0])
                    .query((rs, n) -> new Criterion(rs.getString("code"), rs.getString("name"),
                            rs.getBigDecimal("weight"), rs.getBigDecimal("max_points"), rs.getString("guidance")))
                    .list();
            String tie = (String) h[3];
            rubrics.add(new Rubric((Long) h[0], (Long) h[1], (Integer) h[2], criteria,
                    tie.isBlank() ? List.of() : Arrays.asList(tie.split(",")), (String) h[4], (Instant) h[5],
                    (Instant) h[6]));
        }
        return rubrics;
    }

    void lockRubric(long rubricId, Instant at) {
        jdbc.sql("update review_rubric set locked_at = :at where id = :id and locked_at is null")
                .param("id", rubricId).param("at", at(at)).update();
    }

    /** Moves the call's unsubmitted sheets to a new version, dropping the scores of criteria it no longer has. */
    void moveDrafts(long callId, long rubricId) {
        jdbc.sql("""
                        update review_sheet set rubric_id = :rubric
                         where status = 'DRAFT' and rubric_id in (select id from review_rubric where call_id = :call)""")
                .param("rubric", rubricId).param("call", callId).update();
        jdbc.sql("""
                        delete from review_sheet_score s using review_sheet h
                         where h.id = s.sheet_id and h.rubric_id = :rubric
                           and s.criterion_code not in (select code from review_criterion where rubric_id = :rubric)""")
                .param("rubric", rubricId).update();
    }

    // ---- sheets

    private static final String SHEET = """
            select id, meeting_id, application_id, expert_id, account_id, rubric_id, status, opinion, total, version,
                   updated_at, submitted_at
              from review_sheet""";

    Optional<ScoreSheet> sheet(long id) {
        return sheets(SHEET + " where id = :id", Map.of("id", id)).stream().findFirst();
    }

    Optional<ScoreSheet> sheetOf(long meetingId, long applicationId, long expertId) {
        return sheets(SHEET + " where meeting_id = :m and application_id = :a and expert_id = :e",
                Map.of("m", meetingId, "a", applicationId, "e", expertId)).stream().findFirst();
    }

    List<ScoreSheet> sheetsOfMeeting(long meetingId) {
        return sheets(SHEET + " where meeting_id = :m order by application_id, expert_id", Map.of("m", meetingId));
    }

    List<ScoreSheet> sheetsOfAccount(long accountId) {
        return sheets(SHEET + " where account_id = :a order by meeting_id, application_id", Map.of("a", accountId));
    }

    private List<ScoreSheet> sheets(String sql, Map<String, ?> params) {
        List<ScoreSheet> heads = jdbc.sql(sql).params(params).query((rs, n) -> new ScoreSheet(rs.getLong("id"),
                rs.getLong("meeting_id"), rs.getLong("application_id"), rs.getLong("expert_id"),
                rs.getLong("account_id"), rs.getLong("rubric_id"), SheetStatus.valueOf(rs.getString("status")),
                List.of(), rs.getString("opinion"), rs.getBigDecimal("total"), rs.getLong("version"),
                instant(rs, "updated_at"), instant(rs, "submitted_at"))).list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<CriterionScore>> scores = new HashMap<>();
        jdbc.sql("select sheet_id, criterion_code, score, comment from review_sheet_score where sheet_id in (:ids) "
                        + "order by sheet_id, criterion_code")
                .param("ids", heads.stream().map(ScoreSheet::id).toList())
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong("sheet_id"), k -> new ArrayList<>()).add(new CriterionScore(
                            rs.getString("criterion_code"), rs.getBigDecimal("score"), rs.getString("comment")));
                });
        return heads.stream().map(h -> new ScoreSheet(h.id(), h.meetingId(), h.applicationId(), h.expertId(),
                h.accountId(), h.rubricId(), h.status(), scores.getOrDefault(h.id(), List.of()), h.opinion(),
                h.total(), h.version(), h.updatedAt(), h.submittedAt())).toList();
    }

    /** Creates the seat's empty draft unless it exists. */
    void createSheet(long meetingId, long applicationId, long expertId, long accountId, long rubricId, Instant at) {
        jdbc.sql("""
                        insert into review_sheet (meeting_id, application_id, expert_id, account_id, rubric_id, status,
                                                  created_at, updated_at)
                        values (:m, :a, :e, :account, :rubric, 'DRAFT', :at, :at)
                        on conflict (meeting_id, application_id, expert_id) do nothing""")
                .param("m", meetingId).param("a", applicationId).param("e", expertId).param("account", accountId)
                .param("rubric", rubricId).param("at", at(at)).update();
    }

    /** The conditional write of a draft: only at the expected version and still a draft. */
    boolean saveDraft(long id, long version, String opinion, Map<String, BigDecimal> scores,
                      Map<String, String> comments, Instant at) {
        int updated = jdbc.sql("""
                        update review_sheet set opinion = :opinion, version = version + 1, updated_at = :at
                         where id = :id and version = :version and status = 'DRAFT'""")
                .param("opinion", opinion).param("at", at(at)).param("id", id).param("version", version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from review_sheet_score where sheet_id = :id").param("id", id).update();
        java.util.Set<String> codes = new java.util.TreeSet<>(scores.keySet());
        codes.addAll(comments.keySet());
        for (String code : codes) {
            jdbc.sql("insert into review_sheet_score (sheet_id, criterion_code, score, comment) "
                            + "values (:id, :code, :score, :comment)")
                    .param("id", id).param("code", code).param("score", scores.get(code))
                    .param("comment", comments.get(code)).update();
        }
        return true;
    }

    boolean submit(long id, long version, BigDecimal total, Instant at) {
        return jdbc.sql("""
                        update review_sheet set status = 'SUBMITTED', total = :total, submitted_at = :at,
                               version = version + 1, updated_at = :at
                         where id = :id and version = :version and status = 'DRAFT'""")
                .param("total", total).param("at", at(at)).param("id", id).param("version", version).update() == 1;
    }

    boolean unlock(long id, long version, Instant at) {
        return jdbc.sql("""
                        update review_sheet set status = 'DRAFT', total = null, submitted_at = null,
                               version = version + 1, updated_at = :at
                         where id = :id and version = :version and status = 'SUBMITTED'""")
                .param("at", at(at)).param("id", id).param("version", version).update() == 1;
    }

    void recordChange(long sheetId, SheetTransition transition, String reason, String actor, Instant at) {
        jdbc.sql("insert into review_sheet_change (sheet_id, transition, reason, actor, at) "
                        + "values (:id, :t, :reason, :actor, :at)")
                .param("id", sheetId).param("t", transition.name()).param("reason", reason).param("actor", actor)
                .param("at", at(at)).update();
    }

    List<SheetChange> history(long sheetId) {
        return jdbc.sql("select transition, reason, actor, at from review_sheet_change where sheet_id = :id order by id")
                .param("id", sheetId)
                .query((rs, n) -> new SheetChange(SheetTransition.valueOf(rs.getString("transition")),
                        rs.getString("reason"), rs.getString("actor"), instant(rs, "at")))
                .list();
    }

    boolean anySubmitted(long callId) {
        return jdbc.sql("""
                        select count(*) from review_sheet s join review_rubric r on r.id = s.rubric_id
                         where r.call_id = :call and s.status = 'SUBMITTED'""")
                .param("call", callId).query(Long.class).single() > 0;
    }

    // ---- settings

    record Thresholds(BigDecimal range, BigDecimal sd) {
    }

    Optional<Thresholds> thresholds(long meetingId) {
        return jdbc.sql("select range_threshold, sd_threshold from review_setting where meeting_id = :m")
                .param("m", meetingId)
                .query((rs, n) -> new Thresholds(rs.getBigDecimal("range_threshold"), rs.getBigDecimal("sd_threshold")))
                .optional();
    }

    void saveThresholds(long meetingId, BigDecimal range, BigDecimal sd, String by, Instant at) {
        jdbc.sql("""
                        insert into review_setting (meeting_id, range_threshold, sd_threshold, updated_by, updated_at)
                        values (:m, :range, :sd, :by, :at)
                        on conflict (meeting_id) do update set range_threshold = excluded.range_threshold,
                               sd_threshold = excluded.sd_threshold, updated_by = excluded.updated_by,
                               updated_at = excluded.updated_at""")
                .param("m", meetingId).param("range", range).param("sd", sd).param("by", by).param("at", at(at))
                .update();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
