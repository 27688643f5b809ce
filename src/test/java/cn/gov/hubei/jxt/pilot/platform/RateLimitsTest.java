package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

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
    void anUnconfiguredLimitIsAProgrammingError() {
        assertThatThrownBy(() -> limits.tryConsume("no-such-limit", "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app.rate-limits.no-such-limit");
    }
}
