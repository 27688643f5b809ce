package cn.gov.hubei.jxt.pilot.platform;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Named rate limits shared by every node: token buckets kept in PostgreSQL (Bucket4j's select-for-update proxy manager
 * over the table {@code rate_limit_bucket}). A limit is configured as
 * {@code app.rate-limits.<name>.capacity} (how many) and {@code app.rate-limits.<name>.period} (per how long, e.g.
 * {@code PT1H}); tokens come back gradually (one every period ÷ capacity). Every limit of the system is under this
 * one prefix (docs/security.md, "Abuse limits"). A key is what is counted: a client address
 * (take {@code request.getRemoteAddr()}, which {@code TrustedProxies} has already resolved from the trusted proxies'
 * headers), a digest of an e-mail address … Keys longer than 100 characters are hashed, so any text is a key.
 *
 * <p>The buckets' time is the application {@link Clock}, so tests move it. Changing a limit's configuration applies
 * to existing buckets at their next use (the tokens left are carried over proportionally).
 */
@Component
public class RateLimits {

    /**
     * The answer: allowed (a token taken), or refused with the time until the next token. {@code firstRefusal} is
     * true for the first refusal of a limit and key within the limit's period (the one to audit; later refusals in
     * the same period are not audited again), on every node alike.
     */
    public record Decision(boolean allowed, long remaining, Duration retryAfter, boolean firstRefusal) {

        public Decision(boolean allowed, long remaining, Duration retryAfter) {
            this(allowed, remaining, retryAfter, false);
        }

        /** The retry time in whole seconds, rounded up (for {@code Retry-After}); 0 when allowed. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds();
            return retryAfter.toNanosPart() > 0 || retryAfter.toMillisPart() > 0 ? seconds + 1 : seconds;
        }

        /** The retry time in whole minutes, rounded up, at least 1 (for a message a person reads). */
        public long retryAfterMinutes() {
            return Math.max(1, (retryAfterSeconds() + 59) / 60);
        }
    }

    /** A limit as configured. */
    public record Limit(long capacity, Duration period) {
        public Limit {
            if (capacity < 1 || period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive period");
            }
        }
    }

    /** The table of the buckets (created by the migration V1010). */
    static final String TABLE = "rate_limit_bucket";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<String, Limit> limits;
    private final Map<String, Reserved> reservations = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    public RateLimits(DataSource dataSource, Environment environment, Clock clock) {
        this.limits = new ConcurrentHashMap<>(Binder.get(environment)
                .bind("app.rate-limits", Bindable.mapOf(String.class, Limit.class)).orElse(Map.of()));
        this.jdbc = JdbcClient.create(dataSource);
        this.dataSource = dataSource;
        this.clock = clock;
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(10)))
                .clientClock(time)
                .build();
    }

    /** The configured limit of a name. */
    public Limit limit(String name) {
        Limit limit = limits.get(name);
        if (limit == null) {
            throw new IllegalArgumentException("no rate limit is configured as app.rate-limits." + name);
        }
        return limit;
    }

    /**
     * Sets a limit while the system runs (a node's own setting; the buckets follow at their next use) and returns
     * the one it replaces. Tests use it to try a limit with a small capacity.
     */
    public Limit configure(String name, Limit limit) {
        Objects.requireNonNull(limit, "limit");
        reservations.keySet().removeIf(id -> id.startsWith(name + ":"));
        return limits.put(name, limit);
    }

    /**
     * As {@link #tryConsume(String, String)}, but a refusal is thrown as {@link RateLimitedException}.
     */
    public Decision require(String name, String key) {
        return allowedOrThrow(name, tryConsume(name, key));
    }

    /** As {@link #tryConsumeReserved(String, String)}, but a refusal is thrown as {@link RateLimitedException}. */
    public Decision requireReserved(String name, String key) {
        return allowedOrThrow(name, tryConsumeReserved(name, key));
    }

    private Decision allowedOrThrow(String name, Decision decision) {
        if (!decision.allowed()) {
            throw new RateLimitedException(name, decision, clock.instant().plus(decision.retryAfter()));
        }
        return decision;
    }

    /**
     * A key for a secret (a bearer token, an address the database should not hold in the clear): its SHA-256, so a
     * bucket's id tells nothing of it. Use {@code PersonalDataCipher.digest} for personal data a person might guess.
     */
    public static String secretKey(String secret) {
        return "sha256-" + sha256(secret);
    }

    /**
     * Takes one token of the named limit for the key, if one is left.
     *
     * @throws IllegalArgumentException when no limit of that name is configured (a programming error)
     */
    public Decision tryConsume(String name, String key) {
        Limit limit = limit(name);
        Objects.requireNonNull(key, "key");
        ConsumptionProbe probe = bucket(name, key, limit).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), Duration.ZERO, false);
        }
        return new Decision(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()),
                firstRefusal(name + ":" + shortKey(key), limit.period()));
    }

    /**
     * As {@link #tryConsume(String, String)}, for a limit asked on every request of a client (the use of one bearer
     * token): this node takes tokens from the shared bucket {@link #reservation(Limit) a few at a time} and hands
     * them out one by one, so the database is asked once for that many requests instead of for each. The limit stays
     * one for every node; a node holds at most that many taken and not yet used, and drops them after one period.
     * A limit of fewer than 200 a period is asked for each token, exactly as {@link #tryConsume(String, String)}.
     */
    public Decision tryConsumeReserved(String name, String key) {
        Limit limit = limit(name);
        Objects.requireNonNull(key, "key");
        int batch = reservation(limit);
        if (batch == 1) {
            return tryConsume(name, key);
        }
        String id = name + ":" + shortKey(key);
        long now = clock.millis();
        Reserved reserved = reservations.get(id);
        if (reserved != null && reserved.take(now)) {
            return new Decision(true, reserved.left(), Duration.ZERO, false);
        }
        long taken = bucket(name, key, limit).tryConsumeAsMuchAsPossible(batch);
        if (taken == 0) {
            return tryConsume(name, key); // refused, with the time to wait and the refusal's window
        }
        if (taken > 1) {
            if (reservations.size() >= MAX_RESERVATIONS) {
                reservations.values().removeIf(r -> r.expired(now));
            }
            long more = taken - 1;
            long until = now + limit.period().toMillis();
            reservations.merge(id, new Reserved(more, until), (held, fresh) -> held.expired(now) ? fresh : held.add(more));
        }
        return new Decision(true, taken - 1, Duration.ZERO, false);
    }

    /** How many tokens {@link #tryConsumeReserved} takes at a time: a hundredth of the capacity, 1 to 20. */
    static int reservation(Limit limit) {
        return (int) Math.max(1, Math.min(20, limit.capacity() / 100));
    }

    private static final int MAX_RESERVATIONS = 10_000;

    /** Tokens a node took from a shared bucket and has not handed out yet, kept until {@code until}. */
    private static final class Reserved {
        private final AtomicLong left;
        private final long until;

        Reserved(long left, long until) {
            this.left = new AtomicLong(left);
            this.until = until;
        }

        boolean take(long now) {
            return !expired(now) && left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }

        long left() {
            return left.get();
        }

        /** Several requests of one node may reserve at once: what each took is added, never lost. */
        Reserved add(long more) {
            left.addAndGet(more);
            return this;
        }

        boolean expired(long now) {
            return now >= until;
        }
    }

    private io.github.bucket4j.distributed.BucketProxy bucket(String name, String key, Limit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
        long version = (limit.capacity() * 31 + limit.period().toSeconds()) & 0x7fffffffffffL;
        return buckets.builder()
                .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.PROPORTIONALLY)
                .build(name + ":" + shortKey(key), () -> configuration);
    }

    /**
     * True for the one refusal per limit, key and period that opens a new window (a conditional write: one node
     * wins). Written on a connection of its own, committed at once: the refused request usually rolls back.
     */
    private boolean firstRefusal(String id, Duration period) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into rate_limit_refusal (id, window_ends_at) values (?, ?)
                     on conflict (id) do update set window_ends_at = excluded.window_ends_at
                     where rate_limit_refusal.window_ends_at <= ?""")) {
            connection.setAutoCommit(true);
            insert.setString(1, id);
            insert.setObject(2, now.plus(period));
            insert.setObject(3, now);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the rate limit refusal of " + id + " could not be recorded", e);
        }
    }

    /** Deletes buckets that have been full again for a while (every node may run it: rows are locked, skipped if busy). */
    @Scheduled(fixedDelayString = "${app.rate-limits-cleanup-interval:PT1H}", initialDelayString = "PT5M")
    public void removeExpired() {
        long now = clock.millis();
        reservations.values().removeIf(r -> r.expired(now));
        while (buckets.removeExpired(1000) >= 1000) {
            // another batch
        }
        jdbc.sql("delete from rate_limit_refusal where window_ends_at < :now")
                .param("now", OffsetDateTime.now(clock)).update();
    }

    private static String shortKey(String key) {
        return key.length() <= 100 ? key : "sha256-" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
