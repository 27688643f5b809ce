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
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Named rate limits shared by every node: token buckets kept in PostgreSQL (Bucket4j's select-for-update proxy manager
 * over the table {@code rate_limit_bucket}). A limit is configured as
 * {@code app.rate-limits.<name>.capacity} (how many) and {@code app.rate-limits.<name>.period} (per how long, e.g.
 * {@code PT1H}); tokens come back gradually (one every period ÷ capacity). A key is what is counted: a client address
 * (take {@code request.getRemoteAddr()}, which {@code TrustedProxies} has already resolved from the trusted proxies'
 * headers), a digest of an e-mail address … Keys longer than 100 characters are hashed, so any text is a key.
 *
 * <p>The buckets' time is the application {@link Clock}, so tests move it. Changing a limit's configuration applies
 * to existing buckets at their next use (the tokens left are carried over proportionally).
 */
@Component
public class RateLimits {

    /** The answer: allowed (a token taken), or refused with the time until the next token. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {

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

    public RateLimits(DataSource dataSource, Environment environment, Clock clock) {
        this.limits = Map.copyOf(Binder.get(environment)
                .bind("app.rate-limits", Bindable.mapOf(String.class, Limit.class)).orElse(Map.of()));
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
     * Takes one token of the named limit for the key, if one is left.
     *
     * @throws IllegalArgumentException when no limit of that name is configured (a programming error)
     */
    public Decision tryConsume(String name, String key) {
        Limit limit = limit(name);
        Objects.requireNonNull(key, "key");
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
        long version = (limit.capacity() * 31 + limit.period().toSeconds()) & 0x7fffffffffffL;
        ConsumptionProbe probe = buckets.builder()
                .withImplicitConfigurationReplacement(version, TokensInheritanceStrategy.PROPORTIONALLY)
                .build(name + ":" + shortKey(key), () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new Decision(true, probe.getRemainingTokens(), Duration.ZERO)
                : new Decision(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Deletes buckets that have been full again for a while (every node may run it: rows are locked, skipped if busy). */
    @Scheduled(fixedDelayString = "${app.rate-limits-cleanup-interval:PT1H}", initialDelayString = "PT5M")
    public void removeExpired() {
        while (buckets.removeExpired(1000) >= 1000) {
            // another batch
        }
    }

    private static String shortKey(String key) {
        if (key.length() <= 100) {
            return key;
        }
        try {
            return "sha256-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
