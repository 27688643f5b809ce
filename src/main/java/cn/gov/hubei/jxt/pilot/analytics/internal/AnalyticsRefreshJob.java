package cn.gov.hubei.jxt.pilot.analytics.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatusChanged;
import cn.gov.hubei.jxt.pilot.call.CallStatusChanged;
import cn.gov.hubei.jxt.pilot.designation.ProjectsDesignated;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the analytics' materialised views fresh: the stages' events (an application's status, a call's status, a
 * designation) mark them stale, and every five minutes a stale read model is refreshed concurrently; at the latest every
 * fifteen minutes it is refreshed anyway (the events of other nodes, review and 公示 changes). On several nodes an
 * advisory lock lets one refresh at a time.
 */
@Component
class AnalyticsRefreshJob {

    static final Duration AT_THE_LATEST = Duration.ofMinutes(15);

    private final AnalyticsQueries queries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private volatile Instant last = Instant.EPOCH;

    AnalyticsRefreshJob(AnalyticsQueries queries, TransactionTemplate transactions, Clock clock) {
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        stale.set(true);
    }

    @EventListener
    void on(CallStatusChanged event) {
        stale.set(true);
    }

    @EventListener
    void on(ProjectsDesignated event) {
        stale.set(true);
    }

    boolean isStale() {
        return stale.get();
    }

    @Scheduled(cron = "${app.analytics.refresh-job.cron:30 */5 * * * *}", zone = "Asia/Shanghai")
    void refreshIfStale() {
        Instant now = clock.instant();
        if (!stale.get() && last.plus(AT_THE_LATEST).isAfter(now)) {
            return;
        }
        stale.set(false);
        Boolean done = transactions.execute(status -> queries.refresh(now));
        if (Boolean.TRUE.equals(done)) {
            last = now;
        } else {
            stale.set(true);
        }
    }
}
