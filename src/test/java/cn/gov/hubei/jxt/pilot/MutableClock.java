package cn.gov.hubei.jxt.pilot;

import cn.gov.hubei.jxt.pilot.platform.PastTime;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A clock that a test sets and moves explicitly. Every {@code @IntegrationTest} and {@code @BrowserTest} runs the
 * whole application on it ({@link Config}); the test autowires {@code MutableClock} and calls {@link #set} /
 * {@link #advance}. Until a test sets it, the clock runs with the real time; {@link ResetBeforeEachClass} puts it back
 * to the real time before each test class, so no class inherits the time another one left.
 */
public final class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The instant the clock stands at; {@code null} while it runs with the real time. */
    private volatile Instant instant;
    private final ZoneId zone;

    public MutableClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /** A clock that runs with the real time until it is set. */
    public static MutableClock real() {
        return new MutableClock(null, SHANGHAI);
    }

    public static MutableClock at(LocalDateTime shanghaiTime) {
        return new MutableClock(shanghaiTime.atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    /** Stops the clock at this time in Shanghai. */
    public void set(LocalDateTime shanghaiTime) {
        this.instant = shanghaiTime.atZone(SHANGHAI).toInstant();
    }

    /** Stops the clock at this instant. */
    public void set(Instant instant) {
        this.instant = instant;
    }

    /** Stops the clock {@code duration} after the time it shows now. */
    public void advance(Duration duration) {
        this.instant = instant().plus(duration);
    }

    /** Lets the clock run with the real time again. */
    public void reset() {
        this.instant = null;
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
        Instant pinned = PastTime.pinned(); // demo data writing a past year on this thread
        if (pinned != null) {
            return pinned;
        }
        Instant stopped = instant;
        return stopped != null ? stopped : Instant.now();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return real();
        }
    }

    /**
     * Before each test class: the application's clock runs with the real time again. (Not before each test: some
     * classes set the clock once for all their tests in {@code @BeforeAll}.)
     */
    public static class ResetBeforeEachClass implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(MutableClock.class).reset();
        }
    }
}
