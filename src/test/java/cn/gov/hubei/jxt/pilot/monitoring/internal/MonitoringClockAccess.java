package cn.gov.hubei.jxt.pilot.monitoring.internal;

import org.springframework.stereotype.Component;

import java.util.List;

/** The monitoring's clock steps and what they recorded, for the tests (the scheduler is off in tests). */
@Component
public class MonitoringClockAccess {

    private final MonitoringClock clock;
    private final MonitoringRepository repository;

    MonitoringClockAccess(MonitoringClock clock, MonitoringRepository repository) {
        this.clock = clock;
        this.repository = repository;
    }

    public int advance() {
        return clock.advance();
    }

    public int remind() {
        return clock.remind();
    }

    public int markOverdue() {
        return clock.markOverdue();
    }

    public int expiries() {
        return clock.expiries();
    }

    /** The reminders sent for a report, largest threshold first. */
    public List<Integer> reminders(long reportId) {
        return repository.reminders(reportId);
    }

    public List<String> expiryNotices(long designationId) {
        return repository.expiryNotices(designationId);
    }
}
