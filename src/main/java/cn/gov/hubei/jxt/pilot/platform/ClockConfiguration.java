package cn.gov.hubei.jxt.pilot.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** Every rule that depends on time reads this clock; tests replace it with a fixed one that they move. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(SHANGHAI);
    }
}
