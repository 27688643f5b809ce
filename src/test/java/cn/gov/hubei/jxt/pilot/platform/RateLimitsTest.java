package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Named rate limits kept in PostgreSQL, on the application clock. */
@IntegrationTest
class RateLimitsTest {

    @Autowired
    RateLimits limits;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void theSixthWithinTheHourIsRefusedWithTheTimeToRetryAndAnotherKeyIsNot() {
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        String key = "198.51.100." + UUID.randomUUID();
        assertThat(limits.limit("objection-address")).isEqualTo(new RateLimits.Limit(5, Duration.ofHours(1)));
        for (int i = 1; i <= 5; i++) {
            RateLimits.Decision d = limits.tryConsume("objection-address", key);
            assertThat(d.allowed()).as("attempt " + i).isTrue();
            assertThat(d.remaining()).isEqualTo(5 - i);
        }
        RateLimits.Decision refused = limits.tryConsume("objection-address", key);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(12));
        assertThat(refused.retryAfterSeconds()).isEqualTo(720);
        assertThat(refused.retryAfterMinutes()).isEqualTo(12);
        assertThat(limits.tryConsume("objection-address", key + "-other").allowed()).isTrue();
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = :id")
                .param("id", "objection-address:" + key).query(Long.class).single()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(11));
        assertThat(limits.tryConsume("objection-address", key).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.tryConsume("objection-address", key).allowed()).as("a token back after 12 minutes").isTrue();
        assertThat(limits.tryConsume("objection-address", key).allowed()).isFalse();
    }

    @Test
    void theEmailLimitIsThreeADayAndLongKeysAreHashed() {
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        String key = "x".repeat(300) + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryConsume("objection-email", key).allowed()).isTrue();
        }
        RateLimits.Decision refused = limits.tryConsume("objection-email", key);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void twoNodesAndManyThreadsShareOneBucketThroughTheDatabase() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        // a second node: another RateLimits on the same database, with the configuration of its own
        RateLimits otherNode = new RateLimits(dataSource, environment, clock);
        String key = "203.0.113." + UUID.randomUUID();
        int[] counted = spreadOverTwoNodes(16, otherNode, node -> node.tryConsume("objection-address", key));
        assertThat(counted[0]).as("the capacity, however the requests are spread").isEqualTo(5);
        assertThat(counted[1]).as("one refusal opens the window that is audited").isEqualTo(1);
    }

    /**
     * {@code requests} decisions asked from 8 threads, alternately of this node and the other: how many were allowed
     * and how many were the first refusal of their window.
     */
    int[] spreadOverTwoNodes(int requests, RateLimits otherNode,
                             java.util.function.Function<RateLimits, RateLimits.Decision> ask) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RateLimits.Decision>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                RateLimits node = i % 2 == 0 ? limits : otherNode;
                answers.add(pool.submit(() -> ask.apply(node)));
            }
            int[] counted = new int[2];
            for (Future<RateLimits.Decision> answer : answers) {
                RateLimits.Decision d = answer.get();
                counted[0] += d.allowed() ? 1 : 0;
                counted[1] += d.firstRefusal() ? 1 : 0;
            }
            return counted;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLimitAskedOnEveryRequestIsTakenAFewAtATimeAndTwoNodesTogetherNeverPassItsCapacity() throws Exception {
        clock.set(LocalDateTime.of(2026, 12, 8, 11, 0));
        RateLimits.Limit before = limits.configure("token-use", new RateLimits.Limit(1000, Duration.ofMinutes(1)));
        RateLimits otherNode = new RateLimits(dataSource, environment, clock);
        otherNode.configure("token-use", new RateLimits.Limit(1000, Duration.ofMinutes(1)));
        assertThat(RateLimits.reservation(new RateLimits.Limit(1000, Duration.ofMinutes(1)))).isEqualTo(10);
        assertThat(RateLimits.reservation(new RateLimits.Limit(600, Duration.ofMinutes(1)))).isEqualTo(6);
        assertThat(RateLimits.reservation(new RateLimits.Limit(150, Duration.ofMinutes(1)))).isEqualTo(1);
        assertThat(RateLimits.reservation(new RateLimits.Limit(100_000_000, Duration.ofMinutes(1)))).isEqualTo(20);
        String key = RateLimits.secretKey("hbzz_" + UUID.randomUUID());
        // the first use takes ten from the shared bucket: the other node sees 1000 - 10 - its own 1 left
        assertThat(limits.tryConsumeReserved("token-use", key).remaining()).isEqualTo(9);
        assertThat(otherNode.tryConsume("token-use", key).remaining()).isEqualTo(989);
        try {
            int[] counted = spreadOverTwoNodes(1100, otherNode, node -> node.tryConsumeReserved("token-use", key));
            int allowed = counted[0];
            int firstRefusals = counted[1];
            assertThat(allowed).as("never more than the capacity left, whichever node answers")
                    .isLessThanOrEqualTo(998).as("and at most a reservation per node and thread left unused")
                    .isGreaterThanOrEqualTo(998 - 2 * 8 * 9);
            assertThat(firstRefusals).isEqualTo(1);
            RateLimitedException refused = org.junit.jupiter.api.Assertions.assertThrows(RateLimitedException.class,
                    () -> limits.requireReserved("token-use", key));
            assertThat(refused.decision().retryAfter()).isPositive();
            clock.advance(Duration.ofMinutes(1));
            assertThat(limits.tryConsumeReserved("token-use", key).allowed()).as("refilled after the period").isTrue();
        } finally {
            limits.configure("token-use", before);
        }
    }

    @Test
    void aRefusalIsFirstOncePerPeriodOfTheLimit() {
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        String key = "203.0.113." + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            limits.tryConsume("objection-address", key);
        }
        assertThat(limits.tryConsume("objection-address", key).firstRefusal()).isTrue();
        assertThat(limits.tryConsume("objection-address", key).firstRefusal()).isFalse();
        clock.advance(Duration.ofMinutes(59));
        assertThat(limits.tryConsume("objection-address", key).firstRefusal()).as("a token came back").isFalse();
        assertThat(limits.tryConsume("objection-address", key).firstRefusal()).as("same window").isFalse();
        clock.advance(Duration.ofMinutes(1));
        RateLimits.Decision next;
        do {
            next = limits.tryConsume("objection-address", key);
        } while (next.allowed());
        assertThat(next.firstRefusal()).as("a new window").isTrue();
        // the refusal's window ends with the bucket cleanup
        clock.advance(Duration.ofHours(2));
        limits.removeExpired();
        assertThat(jdbc.sql("select count(*) from rate_limit_refusal where id = :id")
                .param("id", "objection-address:" + key).query(Long.class).single()).isZero();
    }

    @Test
    void requireThrowsTheRefusalWithTheTimeToRetry() {
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        String key = "203.0.113." + UUID.randomUUID();
        RateLimits.Limit before = limits.configure("objection-address", new RateLimits.Limit(1, Duration.ofMinutes(10)));
        try {
            limits.require("objection-address", key);
            assertThatThrownBy(() -> limits.require("objection-address", key))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.retryAfterSeconds()).isEqualTo(600);
                        assertThat(e.retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
                        assertThat(e.limit()).isEqualTo("objection-address");
                    });
            assertThat(RateLimits.secretKey("hbzz_secret")).startsWith("sha256-").doesNotContain("secret");
        } finally {
            limits.configure("objection-address", before);
        }
    }

    @Test
    void anUnconfiguredLimitIsAProgrammingError() {
        assertThatThrownBy(() -> limits.tryConsume("no-such-limit", "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app.rate-limits.no-such-limit");
    }
}
