package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.designation.Certificate;
import cn.gov.hubei.jxt.pilot.designation.Plaque;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.designation.PublicationStatus;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The designation's tables, in plain SQL. */
@Repository
class DesignationRepository {

    private static final String PUBLICATION = """
            select p.id, p.notice_id, p.call_id, p.year, p.document_number, p.title, p.published_on, p.document_file,
                   p.status, p.version, p.published_by, p.published_at, p.certified_at,
                   (select count(*) from designated_project d where d.publication_id = p.id) as projects
              from designation_publication p
            """;

    private static final String PROJECT = """
            select d.id, d.publication_id, d.application_id, d.call_id, d.year, d.position, d.version_no,
                   d.project_name, d.enterprise_id, d.enterprise_name, d.credit_code, d.division_code,
                   d.recommender_name, d.mode_codes, d.valid_from, d.valid_until, d.revoked_at, d.revoked_by,
                   d.revoked_reason, p.document_number
              from designated_project d join designation_publication p on p.id = d.publication_id
            """;

    private static final String CERTIFICATE = """
            select id, designation_id, serial, token, issued_at, issued_by, replaced_at, replaced_reason
              from designation_certificate
            """;

    /** A designated project as stored. */
    record ProjectRow(long id, long publicationId, long applicationId, long callId, int year, int position,
                      int versionNo, String projectName, long enterpriseId, String enterpriseName, String creditCode,
                      String divisionCode, String recommenderName, List<String> modeCodes, LocalDate validFrom,
                      LocalDate validUntil, Instant revokedAt, String revokedBy, String revokedReason,
                      String documentNumber) {
    }

    /** A project to designate. */
    record NewProject(long applicationId, int position, int versionNo, String projectName, long enterpriseId,
                      String enterpriseName, String creditCode, String divisionCode, String recommenderName,
                      List<String> modeCodes) {
    }

    /** The sealed column: the name of the person who received the plaque (docs/security.md §14). */
    static final PersonalDataSealing SEALED = PersonalDataSealing.of("designation_plaque", "designation_id",
            "received_by_name");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    DesignationRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    // ------------------------------------------------------------------------------------------ publications

    long insertPublication(long noticeId, long callId, int year, String number, String title, LocalDate on,
                           long fileId, String by, Instant at) {
        return jdbc.sql("""
                        insert into designation_publication (notice_id, call_id, year, document_number, title,
                               published_on, document_file, status, published_by, published_at)
                        values (:notice, :call, :year, :number, :title, :on, :file, 'PUBLISHED', :by, :at)
                        on conflict do nothing
                        returning id
                        """)
                .param("notice", noticeId).param("call", callId).param("year", year).param("number", number)
                .param("title", title).param("on", on).param("file", fileId).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).optional().orElse(0L);
    }

    Optional<Publication> publication(long id) {
        return jdbc.sql(PUBLICATION + " where p.id = :id").param("id", id).query(this::mapPublication).optional();
    }

    Optional<Publication> lockPublication(long id) {
        jdbc.sql("select id from designation_publication where id = :id for update").param("id", id)
                .query(Long.class).optional();
        return publication(id);
    }

    Optional<Publication> publicationOfNotice(long noticeId) {
        return jdbc.sql(PUBLICATION + " where p.notice_id = :notice").param("notice", noticeId)
                .query(this::mapPublication).optional();
    }

    List<Publication> publications() {
        return jdbc.sql(PUBLICATION + " order by p.published_on desc, p.id desc").query(this::mapPublication).list();
    }

    boolean numberTaken(String number, long exceptId) {
        return jdbc.sql("select count(*) from designation_publication where document_number = :n and id <> :id")
                .param("n", number).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** The conditional write of the correction: only a PUBLISHED row of this version. */
    boolean correctNumber(long id, long version, String number) {
        return jdbc.sql("""
                        update designation_publication set document_number = :n, version = version + 1
                         where id = :id and version = :v and status = 'PUBLISHED'
                        """).param("n", number).param("id", id).param("v", version).update() == 1;
    }

    boolean certify(long id, String by, Instant at) {
        return jdbc.sql("""
                        update designation_publication
                           set status = 'CERTIFIED', certified_at = :at, certified_by = :by, version = version + 1
                         where id = :id and status = 'PUBLISHED'
                        """).param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    // ---------------------------------------------------------------------------------------------- projects

    void insertProject(long publicationId, long callId, int year, NewProject p, LocalDate from, LocalDate until) {
        jdbc.sql("""
                        insert into designated_project (publication_id, application_id, call_id, year, position,
                               version_no, project_name, enterprise_id, enterprise_name, credit_code, division_code,
                               recommender_name, mode_codes, valid_from, valid_until)
                        values (:pub, :app, :call, :year, :pos, :ver, :name, :ent, :entName, :credit, :div, :rec,
                                :modes, :from, :until)
                        """)
                .param("pub", publicationId).param("app", p.applicationId()).param("call", callId)
                .param("year", year).param("pos", p.position()).param("ver", p.versionNo())
                .param("name", p.projectName()).param("ent", p.enterpriseId()).param("entName", p.enterpriseName())
                .param("credit", p.creditCode()).param("div", p.divisionCode()).param("rec", p.recommenderName())
                .param("modes", String.join(",", p.modeCodes())).param("from", from).param("until", until)
                .update();
    }

    List<ProjectRow> projects(long publicationId) {
        return jdbc.sql(PROJECT + " where d.publication_id = :p order by d.position").param("p", publicationId)
                .query(this::mapProject).list();
    }

    List<ProjectRow> allProjects() {
        return jdbc.sql(PROJECT + " order by d.year desc, d.division_code, d.project_name, d.id")
                .query(this::mapProject).list();
    }

    List<ProjectRow> projectsOfYears(Collection<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PROJECT + " where d.year in (:years) order by d.year, d.division_code, d.position")
                .param("years", years).query(this::mapProject).list();
    }

    List<ProjectRow> projectsOfEnterprise(long enterpriseId) {
        return jdbc.sql(PROJECT + " where d.enterprise_id = :e order by d.year desc, d.position")
                .param("e", enterpriseId).query(this::mapProject).list();
    }

    List<ProjectRow> projectsOfDivision(String divisionCode) {
        return jdbc.sql(PROJECT + " where d.division_code = :d order by d.year desc, d.position")
                .param("d", divisionCode).query(this::mapProject).list();
    }

    Optional<ProjectRow> project(long id) {
        return jdbc.sql(PROJECT + " where d.id = :id").param("id", id).query(this::mapProject).optional();
    }

    Optional<ProjectRow> projectOfApplication(long applicationId) {
        return jdbc.sql(PROJECT + " where d.application_id = :a").param("a", applicationId).query(this::mapProject)
                .optional();
    }

    Optional<ProjectRow> lockProject(long id) {
        jdbc.sql("select id from designated_project where id = :id for update").param("id", id).query(Long.class)
                .optional();
        return project(id);
    }

    boolean revoke(long id, String reason, String by, Instant at) {
        return jdbc.sql("""
                        update designated_project set revoked_at = :at, revoked_by = :by, revoked_reason = :r
                         where id = :id and revoked_at is null
                        """).param("id", id).param("at", Timestamp.from(at)).param("by", by).param("r", reason)
                .update() == 1;
    }

    // ------------------------------------------------------------------------------------------ certificates

    /** The next serial of a year: HBZN-YYYY-NNNN (four digits at least); the caller holds the publication's lock. */
    String nextSerial(int year) {
        String prefix = "HBZN-" + year + "-";
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:k)) l").param("k", 7_020_000L + year)
                .query(Integer.class).single();
        int last = jdbc.sql("""
                        select coalesce(max(cast(substring(serial from 11) as integer)), 0)
                          from designation_certificate where serial like :p
                        """).param("p", prefix + "%").query(Integer.class).single();
        return prefix + String.format("%04d", last + 1);
    }

    Certificate insertCertificate(long designationId, String serial, String token, String by, Instant at) {
        long id = jdbc.sql("""
                        insert into designation_certificate (designation_id, serial, token, issued_by, issued_at)
                        values (:d, :s, :t, :by, :at) returning id
                        """).param("d", designationId).param("s", serial).param("t", token).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
        return certificate(id).orElseThrow();
    }

    Optional<Certificate> certificate(long id) {
        return jdbc.sql(CERTIFICATE + " where id = :id").param("id", id).query(this::mapCertificate).optional();
    }

    Optional<Certificate> currentCertificate(long designationId) {
        return jdbc.sql(CERTIFICATE + " where designation_id = :d and replaced_at is null").param("d", designationId)
                .query(this::mapCertificate).optional();
    }

    List<Certificate> currentCertificatesOf(long publicationId) {
        return jdbc.sql(CERTIFICATE + """
                         where replaced_at is null
                           and designation_id in (select id from designated_project where publication_id = :p)
                        """).param("p", publicationId).query(this::mapCertificate).list();
    }

    Optional<Certificate> certificateByToken(String token) {
        return jdbc.sql(CERTIFICATE + " where token = :t").param("t", token).query(this::mapCertificate).optional();
    }

    boolean replace(long certificateId, String reason, String by, Instant at) {
        return jdbc.sql("""
                        update designation_certificate set replaced_at = :at, replaced_by = :by, replaced_reason = :r
                         where id = :id and replaced_at is null
                        """).param("id", certificateId).param("at", Timestamp.from(at)).param("by", by)
                .param("r", reason).update() == 1;
    }

    // ---------------------------------------------------------------------------------------------- plaques

    List<Plaque> plaquesOf(long publicationId) {
        return jdbc.sql("""
                        select designation_id, made_on, delivered_on, delivery_method, received_by_name,
                               received_by_position, received_on, version, updated_by, updated_at
                          from designation_plaque
                         where designation_id in (select id from designated_project where publication_id = :p)
                        """).param("p", publicationId).query(this::mapPlaque).list();
    }

    Optional<Plaque> plaque(long designationId) {
        return jdbc.sql("""
                        select designation_id, made_on, delivered_on, delivery_method, received_by_name,
                               received_by_position, received_on, version, updated_by, updated_at
                          from designation_plaque where designation_id = :d
                        """).param("d", designationId).query(this::mapPlaque).optional();
    }

    /** Writes the plaque if its stored version is {@code version} (0: not recorded yet); false when stale. */
    boolean savePlaque(long designationId, long version, LocalDate made, LocalDate delivered, String method,
                       String name, String position, LocalDate received, String by, Instant at) {
        if (version == 0) {
            return jdbc.sql("""
                            insert into designation_plaque (designation_id, made_on, delivered_on, delivery_method,
                                   received_by_name, received_by_position, received_on, version, updated_by,
                                   updated_at)
                            values (:d, :made, :delivered, :method, :name, :position, :received, 1, :by, :at)
                            on conflict do nothing
                            """).param("d", designationId).param("made", made).param("delivered", delivered)
                    .param("method", method).param("name", cipher.encrypt(name)).param("position", position)
                    .param("received", received).param("by", by).param("at", Timestamp.from(at)).update() == 1;
        }
        return jdbc.sql("""
                        update designation_plaque set made_on = :made, delivered_on = :delivered,
                               delivery_method = :method, received_by_name = :name, received_by_position = :position,
                               received_on = :received, version = version + 1, updated_by = :by, updated_at = :at
                         where designation_id = :d and version = :v
                        """).param("d", designationId).param("v", version).param("made", made)
                .param("delivered", delivered).param("method", method).param("name", cipher.encrypt(name))
                .param("position", position).param("received", received).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    // -------------------------------------------------------------------------------------------- mapping

    private Publication mapPublication(ResultSet rs, int n) throws SQLException {
        return new Publication(rs.getLong("id"), rs.getLong("notice_id"), rs.getLong("call_id"), rs.getInt("year"),
                rs.getString("document_number"), rs.getString("title"), date(rs, "published_on"),
                rs.getLong("document_file"), PublicationStatus.valueOf(rs.getString("status")),
                rs.getLong("version"), rs.getString("published_by"), instant(rs, "published_at"),
                instant(rs, "certified_at"), rs.getInt("projects"));
    }

    private ProjectRow mapProject(ResultSet rs, int n) throws SQLException {
        String modes = rs.getString("mode_codes");
        return new ProjectRow(rs.getLong("id"), rs.getLong("publication_id"), rs.getLong("application_id"),
                rs.getLong("call_id"), rs.getInt("year"), rs.getInt("position"), rs.getInt("version_no"),
                rs.getString("project_name"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("credit_code"), rs.getString("division_code"), rs.getString("recommender_name"),
                modes == null || modes.isEmpty() ? List.of() : Arrays.asList(modes.split(",")),
                date(rs, "valid_from"), date(rs, "valid_until"), instant(rs, "revoked_at"),
                rs.getString("revoked_by"), rs.getString("revoked_reason"), rs.getString("document_number"));
    }

    private Certificate mapCertificate(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getLong("id"), rs.getLong("designation_id"), rs.getString("serial"),
                rs.getString("token"), instant(rs, "issued_at"), rs.getString("issued_by"),
                instant(rs, "replaced_at"), rs.getString("replaced_reason"));
    }

    private Plaque mapPlaque(ResultSet rs, int n) throws SQLException {
        return new Plaque(rs.getLong("designation_id"), date(rs, "made_on"), date(rs, "delivered_on"),
                rs.getString("delivery_method"), PersonalDataSealing.open(cipher, rs.getString("received_by_name")),
                rs.getString("received_by_position"), date(rs, "received_on"), rs.getLong("version"),
                rs.getString("updated_by"), instant(rs, "updated_at"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

}
