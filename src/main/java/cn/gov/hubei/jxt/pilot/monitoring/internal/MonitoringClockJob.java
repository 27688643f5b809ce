package cn.gov.hubei.jxt.pilot.monitoring.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MonitoringClock} every hour on every node: rounds started on their opening day, reminders, overdue
 * reports, expiry notices and expiries; the unique keys make each happen, and be told, once.
 */
@Component
class MonitoringClockJob {

    private static final Logger log = LoggerFactory.getLogger(MonitoringClockJob.class);

    private final MonitoringClock clock;

    MonitoringClockJob(MonitoringClock clock) {
        this.clock = clock;
    }

    @Scheduled(cron = "${app.monitoring.clock-job.cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void advance() {
        int done = clock.advance();
        if (done > 0) {
            log.info("Monitoring clock: {} step(s) applied", done);
        }
    }
}
