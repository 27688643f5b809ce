package cn.gov.hubei.jxt.pilot.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Every rule that depends on time reads this clock; tests replace it with a fixed one that they move. It answers the
 * system time, except on a thread that demo data pinned to a past instant ({@link PastTime}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return new SystemClock(SHANGHAI);
    }

    /** The system clock, or the thread's {@link PastTime#pinned()} instant. */
    static final class SystemClock extends Clock {

        private final ZoneId zone;
        private final Clock system;

        SystemClock(ZoneId zone) {
            this.zone = zone;
            this.system = Clock.system(zone);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new SystemClock(zone);
        }

        @Override
        public Instant instant() {
            Instant pinned = PastTime.pinned();
            return pinned != null ? pinned : system.instant();
        }
    }
}
