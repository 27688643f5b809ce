package cn.gov.hubei.jxt.pilot.publicity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens and closes notices by the clock, every minute on every node; the conditional writes of {@link NoticeClock}
 * make each transition happen, and be audited, once. Reads apply due transitions too.
 */
@Component
class NoticeClockJob {

    private static final Logger log = LoggerFactory.getLogger(NoticeClockJob.class);

    private final NoticeClock clock;

    NoticeClockJob(NoticeClock clock) {
        this.clock = clock;
    }

    @Scheduled(cron = "${app.publicity.clock-job.cron:0 * * * * *}", zone = "Asia/Shanghai")
    void advanceNotices() {
        int advanced = clock.advanceAllDue();
        if (advanced > 0) {
            log.info("Applied {} due clock transition(s) of public notices", advanced);
        }
    }
}
