package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * Bearer tokens for API clients. A token is 32 random bytes; only its SM3 hash is stored, so a copy of the database
 * does not give access. Tokens expire, and are revoked when the holder's account is disabled, reset or re-scoped.
 */
@Component
public class ApiTokens {

    /** A newly issued token: the secret is returned once. */
    public record Issued(String token, OffsetDateTime expiresAt) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditTrail audit, Clock clock, @Value("${app.api.token-ttl:8h}") Duration ttl) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Transactional
    public Issued issue(long userId, String username, String role, String clientAddress) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "hbzz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(ttl);
        long id = jdbc.sql("""
                        insert into api_token (user_id, token_hash, created_at, expires_at, client_address)
                        values (:user, :hash, :now, :expires, :address) returning id""")
                .param("user", userId).param("hash", hash(token)).param("now", now).param("expires", expires)
                .param("address", clientAddress).query(Long.class).single();
        audit.record(AuditRecord.of("identity.token-issued").target("api_token", id).actor(username, role)
                .clientAddress(clientAddress).detail("userId", userId).detail("expiresAt", expires.toString()).build());
        return new Issued(token, expires);
    }

    /**
     * How stale {@code api_token.last_used_at} may be: the use of a token is recorded at most once a minute, so that
     * a client calling in parallel with one token does not update (and lock) the token's row on every request.
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /**
     * The person a live token belongs to, as their account is now, if it is enabled and not locked: the token and the
     * account are read by one statement (every API request comes here), with only what a request acts with — no
     * password hash, no sealed contact data to open. Records the use in {@code last_used_at}, true to the minute:
     * written only when the recorded use is a minute old or more (a conditional update, so parallel requests write it
     * once). No transaction around the two: the update checks again what the read saw (a transaction cost every
     * request a BEGIN and a COMMIT).
     */
    public Optional<CurrentUser> holderOf(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = hash(token);
        Optional<Holder> holder = jdbc.sql("""
                        select t.last_used_at, a.id, a.username, a.display_name, a.enterprise_id, a.division_code,
                               a.enabled, a.must_change_password, a.locked_until,
                               coalesce((select string_agg(r.role, ',' order by r.role) from user_role r
                                         where r.user_id = a.id), '') as roles
                        from api_token t join user_account a on a.id = t.user_id
                        where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now""")
                .param("hash", hash).param("now", now)
                .query((rs, n) -> {
                    long enterprise = rs.getLong("enterprise_id");
                    Long enterpriseId = rs.wasNull() ? null : enterprise;
                    CurrentUser user = new CurrentUser(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), AccountStore.roles(rs.getString("roles")), enterpriseId,
                            rs.getString("division_code"), rs.getBoolean("must_change_password"));
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return new Holder(user, rs.getObject("last_used_at", OffsetDateTime.class),
                            rs.getBoolean("enabled") && (lockedUntil == null || !lockedUntil.isAfter(now)));
                }).optional();
        OffsetDateTime staleBefore = now.minus(LAST_USE_PRECISION);
        holder.filter(h -> h.lastUsedAt() == null || !h.lastUsedAt().isAfter(staleBefore))
                .ifPresent(h -> jdbc.sql("""
                                update api_token set last_used_at = :now
                                where token_hash = :hash and (last_used_at is null or last_used_at <= :stale)""")
                        .param("now", now).param("hash", hash).param("stale", staleBefore).update());
        return holder.filter(Holder::mayAct).map(Holder::user);
    }

    private record Holder(CurrentUser user, OffsetDateTime lastUsedAt, boolean mayAct) {
    }

    @Transactional
    public boolean revoke(String token) {
        Optional<Long> id = jdbc.sql("""
                        update api_token set revoked_at = :now where token_hash = :hash and revoked_at is null
                        returning id""")
                .param("now", OffsetDateTime.now(clock)).param("hash", hash(token)).query(Long.class).optional();
        id.ifPresent(i -> audit.record(AuditRecord.of("identity.token-revoked").target("api_token", i).build()));
        return id.isPresent();
    }

    @Transactional
    public int revokeAll(long userId) {
        return revokeAll(userId, null);
    }

    /** Revokes every live token of the account, recording why. */
    @Transactional
    public int revokeAll(long userId, String reason) {
        int revoked = jdbc.sql("update api_token set revoked_at = :now where user_id = :user and revoked_at is null")
                .param("now", OffsetDateTime.now(clock)).param("user", userId).update();
        if (revoked > 0) {
            AuditRecord.Builder entry = AuditRecord.of("identity.tokens-revoked").target("user_account", userId)
                    .detail("count", revoked);
            if (reason != null) {
                entry.detail("reason", reason);
            }
            audit.record(entry.build());
        }
        return revoked;
    }

    static String hash(String token) {
        SM3Digest digest = new SM3Digest();
        byte[] input = token.getBytes(StandardCharsets.UTF_8);
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return Hex.toHexString(out);
    }
}
