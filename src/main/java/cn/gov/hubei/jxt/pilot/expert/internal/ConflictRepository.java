package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.expert.ConflictDeclaration;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static cn.gov.hubei.jxt.pilot.expert.internal.ExpertRepository.at;
import static cn.gov.hubei.jxt.pilot.expert.internal.ExpertRepository.instant;

/** The declared conflicts ({@code expert_conflict_declaration}) and the experts' keys the automatic rules compare. */
@Repository
class ConflictRepository {

    private static final String SELECT = """
            select id, expert_id, application_id, call_id, kind, text, declared_by, declared_at, withdrawn_by,
                   withdrawn_at, withdrawal_reason
              from expert_conflict_declaration""";

    /** What the automatic rules read of an expert. */
    record ExpertKey(long id, String creditCode, String nameKey, Long groupId) {
    }

    /** A live declaration as {@code between} reads it. */
    record Declared(long expertId, long applicationId, ConflictKind kind, String text) {
    }

    private final JdbcClient jdbc;

    ConflictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExpertKey> expertKeys(Long[] expertIds) {
        return jdbc.sql("""
                        select id, employer_credit_code, employer_name_key, group_id from expert
                         where id = any(:ids) order by id""")
                .param("ids", expertIds)
                .query((rs, n) -> {
                    long group = rs.getLong(4);
                    return new ExpertKey(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : group);
                })
                .list();
    }

    List<Declared> live(Long[] expertIds, Long[] applicationIds) {
        return jdbc.sql("""
                        select expert_id, application_id, kind, text from expert_conflict_declaration
                         where withdrawn_at is null and expert_id = any(:experts) and application_id = any(:applications)""")
                .param("experts", expertIds).param("applications", applicationIds)
                .query((rs, n) -> new Declared(rs.getLong(1), rs.getLong(2), ConflictKind.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    /** Inserts a live declaration unless one of this kind is live for the pair; its id when inserted. */
    Optional<Long> insert(long expertId, long applicationId, long callId, ConflictKind kind, String text,
                          String actor, Instant now) {
        return jdbc.sql("""
                        insert into expert_conflict_declaration (expert_id, application_id, call_id, kind, text,
                                                                 declared_by, declared_at)
                        values (:expert, :application, :call, :kind, :text, :actor, :now)
                        on conflict (expert_id, application_id, kind) where withdrawn_at is null do nothing
                        returning id""")
                .param("expert", expertId).param("application", applicationId).param("call", callId)
                .param("kind", kind.name()).param("text", text).param("actor", actor).param("now", at(now))
                .query(Long.class).optional();
    }

    Optional<ConflictDeclaration> liveOf(long expertId, long applicationId, ConflictKind kind) {
        return jdbc.sql(SELECT + " where expert_id = :expert and application_id = :application and kind = :kind"
                        + " and withdrawn_at is null")
                .param("expert", expertId).param("application", applicationId).param("kind", kind.name())
                .query(ConflictRepository::declaration).optional();
    }

    Optional<ConflictDeclaration> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ConflictRepository::declaration).optional();
    }

    Optional<ConflictDeclaration> lock(long id) {
        return jdbc.sql(SELECT + " where id = :id for update").param("id", id)
                .query(ConflictRepository::declaration).optional();
    }

    boolean withdraw(long id, String reason, String actor, Instant now) {
        return jdbc.sql("""
                        update expert_conflict_declaration
                           set withdrawn_by = :actor, withdrawn_at = :now, withdrawal_reason = :reason
                         where id = :id and withdrawn_at is null""")
                .param("actor", actor).param("now", at(now)).param("reason", reason).param("id", id).update() == 1;
    }

    List<ConflictDeclaration> ofExpert(long expertId) {
        return jdbc.sql(SELECT + " where expert_id = :expert order by declared_at desc, id desc")
                .param("expert", expertId).query(ConflictRepository::declaration).list();
    }

    List<ConflictDeclaration> ofCall(long callId) {
        return jdbc.sql(SELECT + " where call_id = :call order by expert_id, application_id, id")
                .param("call", callId).query(ConflictRepository::declaration).list();
    }

    static ConflictDeclaration declaration(ResultSet rs, int n) throws SQLException {
        return new ConflictDeclaration(rs.getLong("id"), rs.getLong("expert_id"), rs.getLong("application_id"),
                rs.getLong("call_id"), ConflictKind.valueOf(rs.getString("kind")), rs.getString("text"),
                rs.getString("declared_by"), instant(rs, "declared_at"), rs.getString("withdrawn_by"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"));
    }
}
