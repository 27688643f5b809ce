package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataSealing;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Registrations, their confirmation links and the enterprise rows they create. The registrant's name, mobile and
 * e-mail are sealed at rest (docs/security.md §14): written sealed, read opened, the address found by its digest.
 */
@Repository
class RegistrationStore {

    /** One confirmation link as stored (the token itself is never stored). */
    record Link(long id, long registrationId, OffsetDateTime expiresAt, OffsetDateTime usedAt,
                OffsetDateTime replacedAt) {
    }

    private static final String COLUMNS = """
            id, enterprise_id, user_id, credit_code, enterprise_name, division_code, contact_name, mobile, email,
            username, status, submitted_at, email_confirmed_at, decided_at, decided_by, decision_reason""";

    /** The sealed columns, for the start-up step. */
    static final PersonalDataSealing SEALED = PersonalDataSealing.of("enterprise_registration", "id",
            "contact_name", "mobile", "email").withDigest("email_digest",
            (cipher, row) -> PersonalDataSealing.emailDigest(cipher, row.get("email")));

    private final RowMapper<Registration> registration = (rs, n) -> new Registration(
            rs.getLong("id"), rs.getLong("enterprise_id"), rs.getLong("user_id"), rs.getString("credit_code"),
            rs.getString("enterprise_name"), rs.getString("division_code"), open(rs.getString("contact_name")),
            open(rs.getString("mobile")), open(rs.getString("email")), rs.getString("username"),
            RegistrationStatus.valueOf(rs.getString("status")), rs.getObject("submitted_at", OffsetDateTime.class),
            rs.getObject("email_confirmed_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
            rs.getString("decided_by"), rs.getString("decision_reason"));

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    RegistrationStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private String open(String stored) {
        return PersonalDataSealing.open(cipher, stored);
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the code is held by a live enterprise */
    long insertEnterprise(String creditCode, String name, String divisionCode, String status, OffsetDateTime now) {
        return jdbc.sql("""
                        insert into enterprise (credit_code, name, division_code, status, created_at)
                        values (:code, :name, :division, :status, :now) returning id""")
                .param("code", creditCode).param("name", name).param("division", divisionCode)
                .param("status", status).param("now", now).query(Long.class).single();
    }

    void setEnterpriseStatus(long enterpriseId, String status) {
        jdbc.sql("update enterprise set status = :status where id = :id")
                .param("status", status).param("id", enterpriseId).update();
    }

    long insert(long enterpriseId, long userId, RegistrationRules.Accepted r, RegistrationStatus status,
                OffsetDateTime now) {
        return jdbc.sql("""
                        insert into enterprise_registration (enterprise_id, user_id, credit_code, enterprise_name,
                            division_code, contact_name, mobile, email, email_digest, username, status,
                            submitted_at)
                        values (:enterprise, :user, :code, :name, :division, :contact, :mobile, :email, :digest,
                            :username, :status, :now) returning id""")
                .param("enterprise", enterpriseId).param("user", userId).param("code", r.creditCode())
                .param("name", r.enterpriseName()).param("division", r.divisionCode())
                .param("contact", cipher.encrypt(r.contactName())).param("mobile", cipher.encrypt(r.mobile()))
                .param("email", cipher.encrypt(r.email()))
                .param("digest", PersonalDataSealing.emailDigest(cipher, r.email()))
                .param("username", r.username()).param("status", status.name()).param("now", now)
                .query(Long.class).single();
    }

    Optional<Registration> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_registration where id = :id")
                .param("id", id).query(registration).optional();
    }

    Optional<Registration> findByEnterprise(long enterpriseId) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_registration where enterprise_id = :id")
                .param("id", enterpriseId).query(registration).optional();
    }

    /** The registration that created the account, if it was self-registered. */
    Optional<Registration> findByUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_registration where user_id = :id")
                .param("id", userId).query(registration).optional();
    }

    /** Registrations whose address (compared without case) is {@code email} and not confirmed yet. */
    List<Long> unconfirmedWithEmail(String email) {
        return jdbc.sql("""
                        select id from enterprise_registration
                        where email_digest = :digest and email_confirmed_at is null and status <> 'REJECTED'
                        order by id""")
                .param("digest", PersonalDataSealing.emailDigest(cipher, email)).query(Long.class).list();
    }

    /** When the latest confirmation link of the registration was sent. */
    Optional<OffsetDateTime> lastLinkSentAt(long registrationId) {
        return jdbc.sql("""
                        select created_at from enterprise_email_confirmation where registration_id = :id
                        order by created_at desc limit 1""")
                .param("id", registrationId).query(OffsetDateTime.class).optional();
    }

    /** Locks the registration for a decision or a confirmation, so the two cannot interleave. */
    Optional<Registration> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_registration where id = :id for update")
                .param("id", id).query(registration).optional();
    }

    List<Registration> withStatus(RegistrationStatus status) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_registration where status = :status"
                        + " order by submitted_at, id")
                .param("status", status.name()).query(registration).list();
    }

    List<Registration> recentlyDecided(int limit) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_registration where decided_at is not null"
                        + " order by decided_at desc, id desc limit :limit")
                .param("limit", limit).query(registration).list();
    }

    void confirmEmail(long registrationId, OffsetDateTime now) {
        jdbc.sql("update enterprise_registration set email_confirmed_at = :now where id = :id")
                .param("now", now).param("id", registrationId).update();
    }

    /** Records the office's decision on a pending registration; false when it was no longer pending. */
    boolean decide(long registrationId, RegistrationStatus status, String reason, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                        update enterprise_registration set status = :status, decided_at = :now, decided_by = :actor,
                            decision_reason = :reason
                        where id = :id and status = 'PENDING'""")
                .param("status", status.name()).param("now", now).param("actor", actor).param("reason", reason)
                .param("id", registrationId).update() == 1;
    }

    void insertLink(long registrationId, String tokenHash, OffsetDateTime now, OffsetDateTime expiresAt) {
        jdbc.sql("""
                        insert into enterprise_email_confirmation (registration_id, token_hash, created_at, expires_at)
                        values (:registration, :hash, :now, :expires)""")
                .param("registration", registrationId).param("hash", tokenHash).param("now", now)
                .param("expires", expiresAt).update();
    }

    Optional<Link> findLink(String tokenHash) {
        return jdbc.sql("""
                        select id, registration_id, expires_at, used_at, replaced_at
                        from enterprise_email_confirmation where token_hash = :hash""")
                .param("hash", tokenHash)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    /** Uses a link once; false when another request used or replaced it first. */
    boolean useLink(long linkId, OffsetDateTime now) {
        return jdbc.sql("""
                        update enterprise_email_confirmation set used_at = :now
                        where id = :id and used_at is null and replaced_at is null""")
                .param("now", now).param("id", linkId).update() == 1;
    }

    /** Retires every link of the registration that was not used, when a newer one is sent or the case is closed. */
    void replaceOpenLinks(long registrationId, OffsetDateTime now) {
        jdbc.sql("""
                        update enterprise_email_confirmation set replaced_at = :now
                        where registration_id = :registration and used_at is null and replaced_at is null""")
                .param("now", now).param("registration", registrationId).update();
    }
}
