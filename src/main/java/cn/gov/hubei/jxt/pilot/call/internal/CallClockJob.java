package cn.gov.hubei.jxt.pilot.call.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Moves calls on by the clock: opens filing at opens-at, closes it at closes-at, closes recommendation at the
 * recommenders' deadline. Every node may run it; the conditional writes make sure each transition happens, and is
 * audited, once. Reads apply due transitions too, so the minute between two runs is never visible to anyone.
 */
@Component
class CallClockJob {

    private static final Logger log = LoggerFactory.getLogger(CallClockJob.class);

    private final CallService calls;
    private final Clock clock;

    CallClockJob(CallService calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.call.clock-job.cron:0 * * * * *}", zone = "Asia/Shanghai")
    void advanceCalls() {
        int advanced = calls.advanceAllDue(clock.instant());
        if (advanced > 0) {
            log.info("Applied due clock transitions to {} call(s)", advanced);
        }
    }
}
