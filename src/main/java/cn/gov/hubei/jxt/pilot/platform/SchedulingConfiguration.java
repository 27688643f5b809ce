package cn.gov.hubei.jxt.pilot.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the modules' scheduled jobs ({@code @Scheduled}: mail delivery from the outbox, the calls' and the public
 * notices' clock transitions, the recommenders' deadline reminders, the audit chain's signed checkpoints, the removal
 * of expired rate-limit buckets). On unless {@code app.scheduling.enabled=false}, which the tests set: they
 * call each job's method themselves, at the moment and on the clock they choose.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = SchedulingConfiguration.ENABLED, matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {

    /** The switch of every scheduled job. */
    static final String ENABLED = "app.scheduling.enabled";
}
