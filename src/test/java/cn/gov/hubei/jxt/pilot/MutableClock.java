package cn.gov.hubei.jxt.pilot;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock that a test sets and moves explicitly. Import {@link Config} into an {@code @IntegrationTest} to run the
 * whole application on it; the test then autowires {@code MutableClock} and calls {@link #set} / {@link #advance}.
 */
public final class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant instant;
    private final ZoneId zone;

    public MutableClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    public static MutableClock at(LocalDateTime shanghaiTime) {
        return new MutableClock(shanghaiTime.atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    public void set(LocalDateTime shanghaiTime) {
        this.instant = shanghaiTime.atZone(SHANGHAI).toInstant();
    }

    public void set(Instant instant) {
        this.instant = instant;
    }

    public void advance(Duration duration) {
        this.instant = instant.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now(), SHANGHAI);
        }
    }
}
