package cn.gov.hubei.jxt.pilot.objection.internal;

import cn.gov.hubei.jxt.pilot.objection.IdType;
import cn.gov.hubei.jxt.pilot.objection.ObjectionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objection tables, in plain SQL. Sealed columns hold ciphertexts; this class neither seals nor opens them. */
@Repository
class ObjectionRepository {

    /** A case's row as stored (sealed columns still sealed). */
    record Row(long id, String receiptNumber, long noticeId, long applicationId, ObjectionStatus status,
               String objectorKind, IdType idType, String nameEnc, String idNumberEnc, String organisationEnc,
               String telephoneEnc, String emailEnc, String factsEnc, String lookupCodeHash, Instant receivedAt,
               String handledBy, Instant acceptedAt, Instant concludedAt, boolean removedFromList,
               String removalReason, int version) {
    }

    /** A step as stored. */
    record StepRow(String kind, String textEnc, boolean published, String by, Instant at) {
    }

    /** A new case's columns. */
    record NewRow(String receiptNumber, long noticeId, long applicationId, String objectorKind, IdType idType,
                  String nameEnc, String idNumberEnc, String organisationEnc, String telephoneEnc, String emailEnc,
                  String emailDigest, String factsEnc, String lookupCodeHash, String idempotencyToken,
                  Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    ObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the year; the row stays locked until the transaction ends, so numbers never repeat. */
    int nextReceiptNumber(int year) {
        return jdbc.sql("""
                        insert into objection_receipt_sequence (year, last_no) values (:year, 1)
                        on conflict (year) do update set last_no = objection_receipt_sequence.last_no + 1
                        returning last_no""")
                .param("year", year).query(Integer.class).single();
    }

    long insert(NewRow r) {
        return jdbc.sql("""
                        insert into objection_case (receipt_number, notice_id, application_id, status, objector_kind,
                            id_type, name_enc, id_number_enc, organisation_enc, telephone_enc, email_enc, email_digest,
                            facts_enc, lookup_code_hash, idempotency_token, received_at)
                        values (:receipt, :notice, :application, 'RECEIVED', :kind, :idType, :name, :idNumber,
                            :organisation, :telephone, :email, :emailDigest, :facts, :code, :token, :at)
                        returning id""")
                .param("receipt", r.receiptNumber()).param("notice", r.noticeId())
                .param("application", r.applicationId()).param("kind", r.objectorKind())
                .param("idType", r.idType().name()).param("name", r.nameEnc()).param("idNumber", r.idNumberEnc())
                .param("organisation", r.organisationEnc()).param("telephone", r.telephoneEnc())
                .param("email", r.emailEnc()).param("emailDigest", r.emailDigest()).param("facts", r.factsEnc())
                .param("code", r.lookupCodeHash()).param("token", r.idempotencyToken())
                .param("at", Timestamp.from(r.receivedAt()))
                .query(Long.class).single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select * from objection_case where id = :id").param("id", id).query(ObjectionRepository::row)
                .optional();
    }

    Optional<Row> lock(long id) {
        return jdbc.sql("select * from objection_case where id = :id for update").param("id", id)
                .query(ObjectionRepository::row).optional();
    }

    Optional<Row> byReceipt(String receiptNumber) {
        return jdbc.sql("select * from objection_case where receipt_number = :r").param("r", receiptNumber)
                .query(ObjectionRepository::row).optional();
    }

    Optional<Row> byToken(String token) {
        return jdbc.sql("select * from objection_case where idempotency_token = :t").param("t", token)
                .query(ObjectionRepository::row).optional();
    }

    List<Row> ofNotice(long noticeId) {
        return jdbc.sql("select * from objection_case where notice_id = :n order by received_at, id")
                .param("n", noticeId).query(ObjectionRepository::row).list();
    }

    /** Moves a case from one status to another if it is still there (and at the version, when given): 1 or 0 rows. */
    int move(long id, ObjectionStatus from, ObjectionStatus to, Integer expectedVersion, String by, Instant at) {
        boolean concludes = to.isFinal();
        return jdbc.sql("""
                        update objection_case set status = :to, handled_by = :by, version = version + 1,
                            accepted_at = case when :to = 'ACCEPTED' then :at else accepted_at end,
                            concluded_at = case when :concludes then :at else concluded_at end
                        where id = :id and status = :from and (cast(:version as integer) is null or version = :version)""")
                .param("to", to.name()).param("by", by).param("at", Timestamp.from(at)).param("concludes", concludes)
                .param("id", id).param("from", from.name()).param("version", expectedVersion)
                .update();
    }

    int markRemoved(long id, String reason) {
        return jdbc.sql("""
                        update objection_case set removed_from_list = true, removal_reason = :reason, version = version + 1
                        where id = :id and status = 'UPHELD' and not removed_from_list""")
                .param("id", id).param("reason", reason).update();
    }

    void touch(long id) {
        jdbc.sql("update objection_case set version = version + 1 where id = :id").param("id", id).update();
    }

    void step(long caseId, String kind, String textEnc, boolean published, String by, Instant at) {
        jdbc.sql("""
                        insert into objection_step (case_id, kind, text_enc, published, by_user, at)
                        values (:c, :k, :t, :p, :b, :at)""")
                .param("c", caseId).param("k", kind).param("t", textEnc).param("p", published).param("b", by)
                .param("at", Timestamp.from(at)).update();
    }

    List<StepRow> steps(long caseId) {
        return jdbc.sql("select kind, text_enc, published, by_user, at from objection_step where case_id = :c order by id")
                .param("c", caseId)
                .query((rs, n) -> new StepRow(rs.getString("kind"), rs.getString("text_enc"), rs.getBoolean("published"),
                        rs.getString("by_user"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    void addFile(long caseId, long fileId, String origin, Instant at) {
        jdbc.sql("insert into objection_file (case_id, file_id, origin, added_at) values (:c, :f, :o, :at)")
                .param("c", caseId).param("f", fileId).param("o", origin).param("at", Timestamp.from(at)).update();
    }

    /** File ids of a case by origin (OBJECTOR, OFFICE), in the order added. */
    List<Long> files(long caseId, String origin) {
        return jdbc.sql("select file_id from objection_file where case_id = :c and origin = :o order by added_at, file_id")
                .param("c", caseId).param("o", origin).query(Long.class).list();
    }

    boolean hasFile(long caseId, long fileId) {
        return jdbc.sql("select count(*) from objection_file where case_id = :c and file_id = :f")
                .param("c", caseId).param("f", fileId).query(Long.class).single() > 0;
    }

    long unconcluded(long noticeId) {
        return jdbc.sql("select count(*) from objection_case where notice_id = :n and status in ('RECEIVED', 'ACCEPTED')")
                .param("n", noticeId).query(Long.class).single();
    }

    Map<String, Long> counts(long noticeId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ObjectionStatus s : ObjectionStatus.values()) {
            counts.put(s.name(), 0L);
        }
        jdbc.sql("select status, count(*) n from objection_case where notice_id = :n group by status")
                .param("n", noticeId)
                .query((rs, i) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("receipt_number"), rs.getLong("notice_id"),
                rs.getLong("application_id"), ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("objector_kind"), IdType.valueOf(rs.getString("id_type")), rs.getString("name_enc"),
                rs.getString("id_number_enc"), rs.getString("organisation_enc"), rs.getString("telephone_enc"),
                rs.getString("email_enc"), rs.getString("facts_enc"), rs.getString("lookup_code_hash"),
                rs.getTimestamp("received_at").toInstant(), rs.getString("handled_by"), instant(rs, "accepted_at"),
                instant(rs, "concluded_at"), rs.getBoolean("removed_from_list"), rs.getString("removal_reason"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
