package cn.gov.hubei.jxt.pilot.publicity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeClosed;
import cn.gov.hubei.jxt.pilot.publicity.NoticeOpened;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.NoticeTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock's transitions of notices: a released notice opens on its start day, an open one closes after its end day.
 * Each transition is a conditional write on the status it leaves, so on several nodes (or two calls at once) it
 * happens, is audited and is published ({@link NoticeOpened}, {@link NoticeClosed}) exactly once.
 */
@Component
class NoticeClock {

    static final String CLOCK_ACTOR = "system";
    private static final Logger log = LoggerFactory.getLogger(NoticeClock.class);

    private final NoticeRepository notices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeClock(NoticeRepository notices, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate tx,
                Clock clock) {
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Applies every due transition; answers how many transitions this call performed. */
    int advanceAllDue() {
        Instant now = clock.instant();
        int done = 0;
        for (long id : notices.due(LocalDate.ofInstant(now, clock.getZone()))) {
            try {
                done += advance(id, now);
            } catch (RuntimeException e) {
                log.error("Could not apply the due clock transitions of notice {}; the next run retries", id, e);
            }
        }
        return done;
    }

    /** Applies the due transitions of one notice at {@code now}, one after another (released → open → closed). */
    int advance(long id, Instant now) {
        int done = 0;
        for (int step = 0; step < NoticeTransition.values().length; step++) {
            ManagedNotice notice = notices.find(id, true).orElse(null);
            if (notice == null) {
                return done;
            }
            NoticeTransition due = dueAt(notice, now);
            if (due == null) {
                return done;
            }
            Boolean moved = tx.execute(status -> apply(notice, due, now));
            if (Boolean.TRUE.equals(moved)) {
                done++;
            }
        }
        return done;
    }

    /** Inside the caller's transaction (the release): applies what is due, as the clock. */
    void advanceInTransaction(long id, Instant now) {
        for (int step = 0; step < NoticeTransition.values().length; step++) {
            ManagedNotice notice = notices.find(id, true).orElseThrow();
            NoticeTransition due = dueAt(notice, now);
            if (due == null || !apply(notice, due, now)) {
                return;
            }
        }
    }

    static NoticeTransition dueAt(ManagedNotice notice, Instant now) {
        NoticeStatus status = notice.status();
        if (status == NoticeStatus.RELEASED && !now.isBefore(notice.notice().opensAt())) {
            return NoticeTransition.OPEN;
        }
        if (status == NoticeStatus.OPEN && !now.isBefore(notice.notice().closesAt())) {
            return NoticeTransition.CLOSE;
        }
        return null;
    }

    private boolean apply(ManagedNotice notice, NoticeTransition transition, Instant now) {
        boolean moved = transition == NoticeTransition.OPEN ? notices.open(notice.id(), now)
                : notices.close(notice.id(), now);
        if (!moved) {
            // another node, or a concurrent read, was first
            return false;
        }
        audit.record(AuditRecord.of("publicity." + transition.code()).target("public_notice", notice.id())
                .actor(CLOCK_ACTOR, CLOCK_ACTOR)
                .detail("callId", notice.notice().callId())
                .detail("startDate", notice.notice().startDate().toString())
                .detail("endDate", notice.notice().endDate().toString())
                .build());
        if (transition == NoticeTransition.OPEN) {
            events.publishEvent(new NoticeOpened(notice.id(), notice.notice().callId(), now));
        } else {
            events.publishEvent(new NoticeClosed(notice.id(), notice.notice().callId(), now));
        }
        return true;
    }
}
