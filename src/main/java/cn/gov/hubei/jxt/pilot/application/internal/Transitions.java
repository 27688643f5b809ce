package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationReturned;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusChanged;
import cn.gov.hubei.jxt.pilot.application.ApplicationSubmitted;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.ApplicationWithdrawn;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The one place where an application changes status: guard (the transition table) → reason → conditional write →
 * history → audit entry → events → notices. Runs inside the caller's transaction, on a row the caller has locked;
 * the transition's own conditions (deadlines, completeness) are the caller's.
 */
@Component
class Transitions {

    static final int REASON_LIMIT = 1000;

    private final ApplicationRepository repository;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ApplicationNotices notices;

    Transitions(ApplicationRepository repository, AuditTrail audit, ApplicationEventPublisher events,
                ApplicationNotices notices) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.notices = notices;
    }

    /**
     * Performs {@code transition} on the locked {@code application}.
     *
     * @param versionNo the version a submission freezes; {@code null} otherwise
     * @return the application after the change
     * @throws ApplicationActionRefusedException when the table forbids it, the reason is missing or too long, or
     *                                           someone changed the application since it was read
     */
    ApplicationSummary perform(ApplicationSummary application, ApplicationTransition transition, String actor,
                               String reason, Instant deadline, Integer versionNo, Instant now) {
        transition.requireAllowedFrom(application.status());
        String cleanReason = reason == null ? null : reason.strip();
        if (transition.reasonRequired()) {
            if (cleanReason == null || cleanReason.isEmpty()) {
                throw new ApplicationActionRefusedException("application.transition.reason-missing");
            }
            if (Problems.length(cleanReason) > REASON_LIMIT) {
                throw new ApplicationActionRefusedException("application.transition.reason-too-long", REASON_LIMIT);
            }
        }
        long id = application.id();
        if (!repository.changeStatus(id, application.status(), application.version(), transition.to(), cleanReason,
                deadline, versionNo, now)) {
            throw new ApplicationActionRefusedException("application.transition.conflict");
        }
        repository.appendHistory(id, transition, application.status(), transition.to(), now, actor, cleanReason,
                deadline, versionNo);
        audit.record(auditEntry(application, transition, actor, cleanReason, deadline, versionNo));
        publish(application, transition, actor, cleanReason, deadline, versionNo, now);
        notices.tell(application, transition, cleanReason, deadline, versionNo);
        return repository.find(id, ApplicationScope.ALL).orElseThrow();
    }

    private static AuditRecord auditEntry(ApplicationSummary application, ApplicationTransition transition,
                                          String actor, String reason, Instant deadline, Integer versionNo) {
        AuditRecord.Builder entry = AuditRecord.of("application." + transition.code())
                .target("application", application.id()).actor(actor, null)
                .detail("from", application.status().name()).detail("to", transition.to().name());
        if (reason != null) {
            entry.detail("reason", reason);
        }
        if (deadline != null) {
            entry.detail("deadline", deadline.toString());
        }
        if (versionNo != null) {
            entry.detail("versionNo", versionNo);
        }
        return entry.build();
    }

    private void publish(ApplicationSummary application, ApplicationTransition transition, String actor,
                         String reason, Instant deadline, Integer versionNo, Instant now) {
        long id = application.id();
        switch (transition) {
            case SUBMIT -> events.publishEvent(new ApplicationSubmitted(id, versionNo, application.callId(),
                    application.enterpriseId(), application.divisionCode(), now, actor));
            case WITHDRAW -> events.publishEvent(new ApplicationWithdrawn(id, application.callId(),
                    application.divisionCode(), reason, now, actor));
            case RETURN -> events.publishEvent(new ApplicationReturned(id, application.callId(),
                    application.enterpriseId(), reason, deadline, now, actor));
            default -> {
            }
        }
        events.publishEvent(new ApplicationStatusChanged(id, application.callId(), application.enterpriseId(),
                application.divisionCode(), transition, application.status(), transition.to(), reason,
                deadline, versionNo, now, actor));
    }
}
