package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;

/** Rows of user_account with their roles. */
@Repository
public class AccountStore {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.email, a.mobile, a.enterprise_id, a.division_code, a.enabled,
                   a.must_change_password, a.locked_until, a.last_login_at, a.created_at, a.version, a.password_hash,
                   coalesce((select string_agg(r.role, ',' order by r.role) from user_role r where r.user_id = a.id), '') as roles
            from user_account a
            """;

    /** An account row including its password hash, for authentication only. */
    public record StoredAccount(AccountView view, String passwordHash) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    AccountStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The digest an e-mail address is looked up by: stripped and lower-cased first. */
    String emailDigest(String email) {
        return email == null || email.isBlank() ? null : cipher.digest("email:" + email.strip().toLowerCase(Locale.ROOT));
    }

    /** The digest a mobile number is looked up by: its digits only. */
    String mobileDigest(String mobile) {
        String digits = mobile == null ? "" : mobile.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : cipher.digest("mobile:" + digits);
    }

    /** Opens a sealed value; a value not sealed yet (a row from before V1151 not yet sealed at start) as it is. */
    private String open(String stored) {
        return stored == null || !stored.startsWith(PersonalDataCipher.PREFIX + ":") ? stored : cipher.decrypt(stored);
    }

    public Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = :u").param("u", username).query(this::map).optional();
    }

    public Optional<StoredAccount> findById(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(this::map).optional();
    }

    /**
     * Accounts whose user name or name contains the text, or whose whole e-mail address or mobile number it is (the
     * sealed columns are found by their digests, not by a part of them).
     */
    public List<AccountView> search(String text, Role role, int limit, int offset) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        String emailDigest = text == null ? null : emailDigest(text);
        String mobileDigest = text == null || !text.strip().matches("[0-9+ -]{5,20}") ? null : mobileDigest(text);
        return jdbc.sql(SELECT + """
                         where (lower(a.username) like :like or lower(a.display_name) like :like
                                or a.email_digest = :emailDigest or a.mobile_digest = :mobileDigest)
                           and (:role = '' or exists (select 1 from user_role r where r.user_id = a.id and r.role = :role))
                         order by a.username limit :limit offset :offset""")
                .param("like", like).param("role", role == null ? "" : role.name())
                .param("emailDigest", emailDigest == null ? "-" : emailDigest)
                .param("mobileDigest", mobileDigest == null ? "-" : mobileDigest)
                .param("limit", limit).param("offset", offset)
                .query(this::map).list().stream().map(StoredAccount::view).toList();
    }

    /** Enabled accounts holding {@code role}, limited to an enterprise or a division when given. */
    public List<AccountView> holders(Role role, Long enterpriseId, String divisionCode) {
        return jdbc.sql(SELECT + """
                         where a.enabled
                           and exists (select 1 from user_role r where r.user_id = a.id and r.role = :role)
                           and (cast(:enterpriseId as bigint) is null or a.enterprise_id = :enterpriseId)
                           and (cast(:divisionCode as varchar) is null or a.division_code = :divisionCode)
                         order by a.username""")
                .param("role", role.name()).param("enterpriseId", enterpriseId).param("divisionCode", divisionCode)
                .query(this::map).list().stream().map(StoredAccount::view).toList();
    }

    public long insert(String username, String displayName, String email, String mobile, Long enterpriseId,
                       String divisionCode, String passwordHash, boolean mustChange, OffsetDateTime now, String actor) {
        return jdbc.sql("""
                        insert into user_account (username, display_name, email, mobile, email_digest, mobile_digest,
                            enterprise_id, division_code,
                            password_hash, must_change_password, password_changed_at, created_at, created_by, updated_at)
                        values (:username, :displayName, :email, :mobile, :emailDigest, :mobileDigest,
                            :enterpriseId, :divisionCode,
                            :hash, :mustChange, :now, :now, :actor, :now)
                        returning id""")
                .param("username", username).param("displayName", displayName).param("email", cipher.encrypt(email))
                .param("mobile", cipher.encrypt(mobile)).param("emailDigest", emailDigest(email))
                .param("mobileDigest", mobileDigest(mobile)).param("enterpriseId", enterpriseId).param("divisionCode", divisionCode)
                .param("hash", passwordHash).param("mustChange", mustChange).param("now", now).param("actor", actor)
                .query(Long.class).single();
    }

    public void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", userId).param("role", role.name()).update();
        }
    }

    /** Updates profile and scope when the row still has the version the caller saw; false when it changed. */
    public boolean updateProfile(long id, int version, String displayName, String email, String mobile,
                                 Long enterpriseId, String divisionCode, OffsetDateTime now) {
        return jdbc.sql("""
                        update user_account set display_name = :displayName, email = :email, mobile = :mobile,
                            email_digest = :emailDigest, mobile_digest = :mobileDigest, enterprise_id = :enterpriseId, division_code = :divisionCode, updated_at = :now,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("displayName", displayName).param("email", cipher.encrypt(email))
                .param("mobile", cipher.encrypt(mobile)).param("emailDigest", emailDigest(email))
                .param("mobileDigest", mobileDigest(mobile))
                .param("enterpriseId", enterpriseId).param("divisionCode", divisionCode).param("now", now)
                .param("id", id).param("version", version).update() == 1;
    }

    /** Erases a disabled account's contact data (retention); false when enabled, unknown or already erased. */
    public boolean eraseContact(long id, OffsetDateTime now) {
        return jdbc.sql("""
                        update user_account set email = null, mobile = null, email_digest = null, mobile_digest = null,
                            display_name = '已清除', updated_at = :now, version = version + 1
                        where id = :id and not enabled and display_name <> '已清除'""")
                .param("id", id).param("now", now).update() == 1;
    }

    public void setEnabled(long id, boolean enabled, OffsetDateTime now) {
        jdbc.sql("update user_account set enabled = :enabled, updated_at = :now, version = version + 1 where id = :id")
                .param("enabled", enabled).param("now", now).param("id", id).update();
    }

    public void setPassword(long id, String hash, boolean mustChange, OffsetDateTime now) {
        jdbc.sql("""
                        update user_account set password_hash = :hash, must_change_password = :mustChange,
                            password_changed_at = :now, locked_until = null, updated_at = :now, version = version + 1
                        where id = :id""")
                .param("hash", hash).param("mustChange", mustChange).param("now", now).param("id", id).update();
        jdbc.sql("delete from login_failure where user_id = :id").param("id", id).update();
    }

    /**
     * Whether a login attempt may check a password, decided under a row lock so that parallel attempts are counted
     * one after the other: the attempt is refused while the account is locked; otherwise it is recorded as a failure
     * before the password is checked (a success clears it again), and the attempt that reaches {@code maxFailures}
     * within the window locks the account at once, so that no further attempt is checked meanwhile.
     */
    public Attempt claimAttempt(long id, OffsetDateTime now, int maxFailures, java.time.Duration window,
                                java.time.Duration lock) {
        OffsetDateTime lockedUntil = jdbc.sql("select locked_until from user_account where id = :id for update")
                .param("id", id).query((rs, n) -> new Attempt(false, false, rs.getObject(1, OffsetDateTime.class)))
                .single().lockedUntil();
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return new Attempt(false, false, lockedUntil);
        }
        int before = jdbc.sql("select count(*) from login_failure where user_id = :id and failed_at > :since")
                .param("id", id).param("since", now.minus(window)).query(Integer.class).single();
        jdbc.sql("insert into login_failure (user_id, failed_at) values (:id, :at)").param("id", id).param("at", now)
                .update();
        if (before + 1 >= maxFailures) {
            OffsetDateTime until = now.plus(lock);
            jdbc.sql("update user_account set locked_until = :until where id = :id")
                    .param("until", until).param("id", id).update();
            return new Attempt(true, true, until);
        }
        return new Attempt(true, false, null);
    }

    /**
     * A login attempt: {@code checked} when its password may be checked; {@code locking} when a wrong password in it
     * keeps the account locked until {@code lockedUntil}; a refused attempt names the lock in force.
     */
    public record Attempt(boolean checked, boolean locking, OffsetDateTime lockedUntil) {
    }

    /** The failures that led to a lock are done with: the lock itself counts from now on. */
    public void clearFailures(long id) {
        jdbc.sql("delete from login_failure where user_id = :id").param("id", id).update();
    }

    public void lockUntil(long id, OffsetDateTime until) {
        jdbc.sql("update user_account set locked_until = :until where id = :id").param("until", until).param("id", id).update();
        jdbc.sql("delete from login_failure where user_id = :id").param("id", id).update();
    }

    public void unlock(long id, OffsetDateTime now) {
        jdbc.sql("update user_account set locked_until = null, updated_at = :now where id = :id")
                .param("now", now).param("id", id).update();
        jdbc.sql("delete from login_failure where user_id = :id").param("id", id).update();
    }

    public void recordSuccess(long id, OffsetDateTime at) {
        jdbc.sql("update user_account set last_login_at = :at, locked_until = null where id = :id")
                .param("at", at).param("id", id).update();
        jdbc.sql("delete from login_failure where user_id = :id").param("id", id).update();
    }

    /** Accounts locked at {@code now}, the longest locked first. */
    public List<AccountView> lockedAt(OffsetDateTime now) {
        return jdbc.sql(SELECT + " where a.locked_until > :now order by a.locked_until desc, a.username")
                .param("now", now).query(this::map).list().stream().map(StoredAccount::view).toList();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from user_role where role = :role)").param("role", role.name())
                .query(Boolean.class).single();
    }

    /** The roles of a row's {@code string_agg(role, ',')}. */
    static Set<Role> roles(String list) {
        return list.isEmpty() ? Set.of() : EnumSet.copyOf(Arrays.stream(list.split(",")).map(Role::valueOf).toList());
    }

    private StoredAccount map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = roles(rs.getString("roles"));
        long enterprise = rs.getLong("enterprise_id");
        Long enterpriseId = rs.wasNull() ? null : enterprise;
        AccountView view = new AccountView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                open(rs.getString("email")), open(rs.getString("mobile")), roles, enterpriseId, rs.getString("division_code"),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("last_login_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
        return new StoredAccount(view, rs.getString("password_hash"));
    }
}
