package cn.gov.hubei.jxt.pilot.decision.internal;

import cn.gov.hubei.jxt.pilot.decision.BatchKey;
import cn.gov.hubei.jxt.pilot.decision.Decision;
import cn.gov.hubei.jxt.pilot.decision.DecisionBatch;
import cn.gov.hubei.jxt.pilot.decision.DecisionChange;
import cn.gov.hubei.jxt.pilot.decision.DecisionCounts;
import cn.gov.hubei.jxt.pilot.decision.DecisionStatus;
import cn.gov.hubei.jxt.pilot.decision.DecisionSubject;
import cn.gov.hubei.jxt.pilot.decision.NewDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Batches, decisions and their history ({@code decision_batch}, {@code decision}, {@code decision_change}). Every read
 * takes {@code office}: whether the viewer sees what is not released. It is applied in the SQL ({@link #VISIBLE},
 * {@link #BATCH_VISIBLE}), so a pending decision is never even loaded for anyone else.
 */
@Repository
class DecisionRepository {

    /** The viewer's visibility: released decisions for everyone, the others for the programme office only. */
    static final String VISIBLE = "(d.status = 'RELEASED' or :office)";
    /** An open batch exists for the programme office only. */
    static final String BATCH_VISIBLE = "(b.released_at is not null or :office)";

    private static final String SELECT = """
            select d.id, b.module as batch_module, b.name as batch_name, d.subject_module, d.subject_type,
                   d.subject_id, d.kind, d.outcome, d.reason, d.payload::text as payload, d.status, d.revision,
                   d.recorded_by, d.recorded_at, d.released_at, d.released_by, d.withdrawn_at, d.withdrawn_by,
                   d.withdrawal_reason
              from decision d
              join decision_batch b on b.id = d.batch_id""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch's row, for the writers. */
    record BatchRow(long id, Instant releasedAt, String releasedBy) {
        boolean released() {
            return releasedAt != null;
        }
    }

    /** The result of recording: the decision's id and revision (1 when it was new). */
    record Recorded(long id, int revision) {
    }

    /** Creates the batch unless it exists. */
    void ensureBatch(BatchKey key, Instant now) {
        jdbc.sql("""
                        insert into decision_batch (module, name, created_at) values (:module, :name, :now)
                        on conflict (module, name) do nothing""")
                .param("module", key.module()).param("name", key.name()).param("now", at(now))
                .update();
    }

    /**
     * Locks the batch's row: shared for recording and withdrawing (many at once), exclusive for its release, which
     * therefore waits for every recording under way and makes every later one see the batch released.
     */
    Optional<BatchRow> lockBatch(BatchKey key, boolean exclusive) {
        return jdbc.sql("select id, released_at, released_by from decision_batch where module = :module and name = :name"
                        + (exclusive ? " for update" : " for share"))
                .param("module", key.module()).param("name", key.name())
                .query((rs, n) -> new BatchRow(rs.getLong("id"), instant(rs, "released_at"), rs.getString("released_by")))
                .optional();
    }

    Optional<BatchRow> lockBatchOf(long decisionId) {
        return jdbc.sql("""
                        select b.id, b.released_at, b.released_by from decision_batch b
                         where b.id = (select d.batch_id from decision d where d.id = :id) for share""")
                .param("id", decisionId)
                .query((rs, n) -> new BatchRow(rs.getLong("id"), instant(rs, "released_at"), rs.getString("released_by")))
                .optional();
    }

    /**
     * Inserts the decision, or replaces the live one of the same kind on the same subject in the batch while it is
     * pending (revision + 1). Empty when the live one is no longer pending.
     */
    Optional<Recorded> upsert(long batchId, NewDecision decision, String by, Instant now) {
        return jdbc.sql("""
                        insert into decision as d (batch_id, subject_module, subject_type, subject_id, kind, outcome,
                               reason, payload, status, revision, recorded_by, recorded_at)
                        values (:batch, :module, :type, :subject, :kind, :outcome, :reason, cast(:payload as jsonb),
                                'PENDING', 1, :by, :now)
                        on conflict (batch_id, subject_module, subject_type, subject_id, kind)
                           where status <> 'WITHDRAWN'
                        do update set outcome = excluded.outcome, reason = excluded.reason, payload = excluded.payload,
                                      revision = d.revision + 1, recorded_by = excluded.recorded_by,
                                      recorded_at = excluded.recorded_at
                         where d.status = 'PENDING'
                        returning d.id, d.revision""")
                .param("batch", batchId).param("module", decision.subject().module())
                .param("type", decision.subject().type()).param("subject", decision.subject().id())
                .param("kind", decision.kind()).param("outcome", decision.outcome())
                .param("reason", decision.reason()).param("payload", decision.payload())
                .param("by", by).param("now", at(now))
                .query((rs, n) -> new Recorded(rs.getLong("id"), rs.getInt("revision")))
                .optional();
    }

    /** Appends one entry to a decision's history, with the decision's content as it is now. */
    void change(long decisionId, DecisionChange.Kind change, String actor, Instant now) {
        jdbc.sql("""
                        insert into decision_change (decision_id, revision, change, outcome, reason, payload, actor,
                                                     occurred_at)
                        select d.id, d.revision, :change, d.outcome,
                               case when :change = 'WITHDRAWN' then d.withdrawal_reason else d.reason end,
                               d.payload, :actor, :now
                          from decision d where d.id = :id""")
                .param("id", decisionId).param("change", change.name()).param("actor", actor).param("now", at(now))
                .update();
    }

    /** Releases every pending decision of the batch at {@code now}; their ids in order. */
    List<Long> releasePending(long batchId, String by, Instant now) {
        List<Long> ids = jdbc.sql("""
                        update decision set status = 'RELEASED', released_at = :now, released_by = :by
                         where batch_id = :batch and status = 'PENDING'
                        returning id""")
                .param("batch", batchId).param("by", by).param("now", at(now))
                .query(Long.class).list();
        List<Long> sorted = ids.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            jdbc.sql("""
                            insert into decision_change (decision_id, revision, change, outcome, reason, payload,
                                                         actor, occurred_at)
                            select d.id, d.revision, 'RELEASED', d.outcome, d.reason, d.payload, :by, :now
                              from decision d where d.id in (:ids) order by d.id""")
                    .param("ids", sorted).param("by", by).param("now", at(now))
                    .update();
        }
        return sorted;
    }

    void closeBatch(long batchId, String by, Instant now) {
        jdbc.sql("update decision_batch set released_at = :now, released_by = :by where id = :id and released_at is null")
                .param("id", batchId).param("by", by).param("now", at(now))
                .update();
    }

    /** Withdraws the decision if it is pending; whether it was. */
    boolean withdraw(long decisionId, String reason, String by, Instant now) {
        return jdbc.sql("""
                        update decision set status = 'WITHDRAWN', withdrawn_at = :now, withdrawn_by = :by,
                                            withdrawal_reason = :reason
                         where id = :id and status = 'PENDING'""")
                .param("id", decisionId).param("reason", reason).param("by", by).param("now", at(now))
                .update() == 1;
    }

    /** Locks one decision's row (for its withdrawal); no visibility applied: the writers are officers. */
    Optional<Decision> lock(long decisionId) {
        return jdbc.sql(SELECT + "\n where d.id = :id for update of d")
                .param("id", decisionId).query((rs, n) -> row(rs)).optional();
    }

    Optional<Decision> find(long decisionId, boolean office) {
        return jdbc.sql(SELECT + "\n where d.id = :id and " + VISIBLE)
                .param("id", decisionId).param("office", office).query((rs, n) -> row(rs)).optional();
    }

    List<Decision> ofIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "\n where d.id in (:ids) order by d.id")
                .param("ids", ids).query((rs, n) -> row(rs)).list();
    }

    Optional<Decision> latestReleased(DecisionSubject subject, String kind) {
        return jdbc.sql(SELECT + """

                         where d.subject_module = :module and d.subject_type = :type and d.subject_id = :subject
                           and d.kind = :kind and d.status = 'RELEASED'
                         order by d.released_at desc, d.id desc
                         limit 1""")
                .param("module", subject.module()).param("type", subject.type()).param("subject", subject.id())
                .param("kind", kind)
                .query((rs, n) -> row(rs)).optional();
    }

    List<Decision> ofSubject(DecisionSubject subject, boolean office) {
        return jdbc.sql(SELECT + "\n where d.subject_module = :module and d.subject_type = :type"
                        + " and d.subject_id = :subject and d.status <> 'WITHDRAWN' and " + VISIBLE
                        + " order by d.recorded_at, d.id")
                .param("module", subject.module()).param("type", subject.type()).param("subject", subject.id())
                .param("office", office)
                .query((rs, n) -> row(rs)).list();
    }

    List<Decision> ofBatch(BatchKey key, boolean office) {
        return jdbc.sql(SELECT + "\n where b.module = :bmodule and b.name = :bname and " + VISIBLE
                        + " order by d.subject_module, d.subject_type, d.subject_id, d.kind, d.id")
                .param("bmodule", key.module()).param("bname", key.name()).param("office", office)
                .query((rs, n) -> row(rs)).list();
    }

    DecisionCounts count(BatchKey key, boolean office) {
        return jdbc.sql("""
                        select count(*) filter (where d.status = 'PENDING') as pending,
                               count(*) filter (where d.status = 'RELEASED') as released,
                               count(*) filter (where d.status = 'WITHDRAWN') as withdrawn
                          from decision d
                          join decision_batch b on b.id = d.batch_id
                         where b.module = :bmodule and b.name = :bname and """ + " " + VISIBLE)
                .param("bmodule", key.module()).param("bname", key.name()).param("office", office)
                .query((rs, n) -> new DecisionCounts(rs.getLong("pending"), rs.getLong("released"),
                        rs.getLong("withdrawn")))
                .single();
    }

    Optional<DecisionBatch> batch(BatchKey key, boolean office) {
        return jdbc.sql("""
                        select b.id, b.created_at, b.released_at, b.released_by
                          from decision_batch b
                         where b.module = :bmodule and b.name = :bname and """ + " " + BATCH_VISIBLE)
                .param("bmodule", key.module()).param("bname", key.name()).param("office", office)
                .query((rs, n) -> new DecisionBatch(rs.getLong("id"), key, instant(rs, "created_at"),
                        instant(rs, "released_at"), rs.getString("released_by"), DecisionCounts.NONE))
                .optional()
                .map(b -> new DecisionBatch(b.id(), b.key(), b.createdAt(), b.releasedAt(), b.releasedBy(),
                        count(key, office)));
    }

    List<DecisionChange> history(long decisionId, boolean office) {
        return jdbc.sql("""
                        select c.decision_id, c.revision, c.change, c.outcome, c.reason, c.payload::text as payload,
                               c.actor, c.occurred_at
                          from decision_change c
                         where c.decision_id = :id and :office
                         order by c.id""")
                .param("id", decisionId).param("office", office)
                .query((rs, n) -> new DecisionChange(rs.getLong("decision_id"), rs.getInt("revision"),
                        DecisionChange.Kind.valueOf(rs.getString("change")), rs.getString("outcome"),
                        rs.getString("reason"), rs.getString("payload"), rs.getString("actor"),
                        instant(rs, "occurred_at")))
                .list();
    }

    private static Decision row(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong("id"), new BatchKey(rs.getString("batch_module"), rs.getString("batch_name")),
                new DecisionSubject(rs.getString("subject_module"), rs.getString("subject_type"),
                        rs.getLong("subject_id")),
                rs.getString("kind"), rs.getString("outcome"), rs.getString("reason"), rs.getString("payload"),
                DecisionStatus.valueOf(rs.getString("status")), rs.getInt("revision"), rs.getString("recorded_by"),
                instant(rs, "recorded_at"), instant(rs, "released_at"), rs.getString("released_by"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"), rs.getString("withdrawal_reason"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
