package cn.gov.hubei.jxt.pilot.call.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.call.CallActionRefusedException;
import cn.gov.hubei.jxt.pilot.call.CallChanges;
import cn.gov.hubei.jxt.pilot.call.CallField;
import cn.gov.hubei.jxt.pilot.call.CallPermissions;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallStatusChange;
import cn.gov.hubei.jxt.pilot.call.CallStatusChanged;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.CallTerms;
import cn.gov.hubei.jxt.pilot.call.CallTransition;
import cn.gov.hubei.jxt.pilot.call.CallValidationException;
import cn.gov.hubei.jxt.pilot.call.CallVersionConflictException;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.call.NewCall;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The calls' use cases. All status changes go through {@link #transition}; reads first apply the clock transitions
 * that are due ({@link #advance}), so what a caller sees always agrees with the clock.
 */
@Service
class CallService implements Calls {

    /** The actor recorded for the clock's transitions. */
    static final String CLOCK_ACTOR = "system";

    private static final Logger log = LoggerFactory.getLogger(CallService.class);

    private final CallRepository calls;
    private final CallRules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final CallPermissions permissions;

    CallService(CallRepository calls, CallRules rules, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                TransactionTemplate tx, CallPermissions permissions) {
        this.permissions = permissions;
        this.calls = calls;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public Optional<CallSummary> find(long id) {
        advance(id, clock.instant());
        return calls.find(id).map(ProgrammeCall::toSummary);
    }

    @Override
    public List<CallSummary> all() {
        advanceAllDue(clock.instant());
        return calls.findAll().stream().map(ProgrammeCall::toSummary).toList();
    }

    @Override
    public List<CallSummary> announced() {
        advanceAllDue(clock.instant());
        return calls.findAnnounced().stream().map(ProgrammeCall::toSummary).toList();
    }

    @Override
    public List<CallSummary> openForFiling() {
        Instant now = clock.instant();
        advanceAllDue(now);
        return calls.findByStatus(CallStatus.FILING_OPEN).stream()
                .map(ProgrammeCall::toSummary)
                .filter(call -> call.isFilingOpenAt(now))
                .toList();
    }

    @Override
    public boolean isFilingOpen(long callId) {
        Instant now = clock.instant();
        advance(callId, now);
        return calls.find(callId).map(call -> call.toSummary().isFilingOpenAt(now)).orElse(false);
    }

    @Override
    public List<CallStatusChange> history(long callId) {
        return calls.history(callId);
    }

    @Override
    public CallSummary create(NewCall newCall, String actor) {
        Instant now = clock.instant();
        CallTerms terms = CallRules.normalised(newCall);
        List<FieldProblem> violations = rules.check(terms, null, now);
        if (!violations.isEmpty()) {
            throw new CallValidationException(violations);
        }
        return tx.execute(status -> {
            ProgrammeCall draft = ProgrammeCall.draft(terms, now, actor);
            long id = calls.insert(draft);
            AuditRecord.Builder entry = by(AuditRecord.of("call.create").target("call", id), actor);
            termsAsText(terms).forEach(entry::detail);
            audit.record(entry.build());
            return calls.find(id).orElseThrow().toSummary();
        });
    }

    @Override
    public CallSummary update(long id, long expectedVersion, CallChanges changes, String actor) {
        // A request one second after opens-at is judged by the rules of an open call.
        advance(id, clock.instant());
        CallSummary updated = tx.execute(status -> {
            Instant now = clock.instant();
            ProgrammeCall current = calls.find(id).orElseThrow(() -> new CallNotFoundException(id));
            if (!current.status().isEditable()) {
                throw new CallActionRefusedException("call.edit.refused",
                        CallActionRefusedException.statusLabel(current.status()));
            }
            if (current.version() != expectedVersion) {
                throw new CallVersionConflictException(id, expectedVersion, current.version());
            }
            CallTerms terms = CallRules.normalised(changes);
            List<FieldProblem> violations = rules.check(terms, current, now);
            if (!violations.isEmpty()) {
                throw new CallValidationException(violations);
            }
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            for (CallField field : CallField.values()) {
                Object was = field.valueIn(current.terms());
                Object becomes = field.valueIn(terms);
                if (!Objects.equals(was, becomes)) {
                    before.put(field.property(), asText(was));
                    after.put(field.property(), asText(becomes));
                }
            }
            if (after.isEmpty()) {
                return current.toSummary();
            }
            ProgrammeCall next = current.withTerms(terms, now, actor);
            if (!calls.updateTerms(next, expectedVersion)) {
                throw new CallVersionConflictException(id, expectedVersion,
                        calls.find(id).map(ProgrammeCall::version).orElse(expectedVersion));
            }
            audit.record(by(AuditRecord.of("call.update").target("call", id), actor)
                    .detail("status", current.status().name())
                    .detail("before", before)
                    .detail("after", after)
                    .build());
            return next.toSummary();
        });
        // Moving opens-at into the past of a published call opens filing at once.
        advance(id, clock.instant());
        return calls.find(id).map(ProgrammeCall::toSummary).orElse(updated);
    }

    @Override
    public CallSummary publish(long id, String actor) {
        // The guard judges the status the clock says the call is in, not the one last written.
        advance(id, clock.instant());
        transition(id, CallTransition.PUBLISH, clock.instant(), actor, null);
        // A call whose filing window has already opened moves on to FILING_OPEN by the clock rule, at once.
        advance(id, clock.instant());
        return calls.find(id).orElseThrow(() -> new CallNotFoundException(id)).toSummary();
    }

    @Override
    public CallSummary cancel(long id, String reason, String actor) {
        // If filing has opened in the meantime the table no longer allows cancelling; the refusal says so.
        advance(id, clock.instant());
        return transition(id, CallTransition.CANCEL, clock.instant(), actor, reason)
                .orElseThrow(() -> new CallNotFoundException(id)).toSummary();
    }

    @Override
    public CallSummary create(NewCall call, CurrentUser by) {
        return create(call, manager(by));
    }

    @Override
    public CallSummary update(long id, long expectedVersion, CallChanges changes, CurrentUser by) {
        return update(id, expectedVersion, changes, manager(by));
    }

    @Override
    public CallSummary publish(long id, CurrentUser by) {
        return publish(id, manager(by));
    }

    @Override
    public CallSummary cancel(long id, String reason, CurrentUser by) {
        return cancel(id, reason, manager(by));
    }

    /** The person's user name, if they may manage calls: the service does not trust its caller to have checked. */
    private String manager(CurrentUser by) {
        if (!permissions.canManage(by)) {
            throw new CallActionRefusedException("call.manage.refused");
        }
        return by.username();
    }

    /**
     * Applies every clock transition of every call that is due at {@code now}; the scheduled job's entry point.
     * A call that fails is logged and left for the next run, so one bad row cannot stop the others.
     *
     * @return how many calls were looked at
     */
    int advanceAllDue(Instant now) {
        List<Long> due = calls.idsWithClockTransitionDue(now);
        for (long id : due) {
            try {
                advance(id, now);
            } catch (RuntimeException e) {
                log.error("Could not apply the due clock transitions of call {}; the next run retries", id, e);
            }
        }
        return due.size();
    }

    /** Applies the clock transitions of one call that are due at {@code now}, one after another. */
    void advance(long id, Instant now) {
        // Each step leaves a status for good, so the table's length bounds the loop.
        for (int step = 0; step < CallTransition.values().length; step++) {
            Optional<CallTransition> due = calls.find(id).flatMap(call -> call.dueClockTransition(now));
            if (due.isEmpty()) {
                return;
            }
            transition(id, due.get(), now, CLOCK_ACTOR, null);
        }
    }

    /**
     * The one place where a call changes status: guard (the transition table and the transition's own conditions)
     * → conditional write → history → audit entry → {@link CallStatusChanged}, all in one transaction.
     *
     * <p>For the clock, losing the race to another node (or finding the transition no longer applies) is normal and
     * yields an empty result; for an officer it is refused or reported as a conflict.
     *
     * @return the call after the transition; empty when the clock found nothing to do
     */
    Optional<ProgrammeCall> transition(long id, CallTransition transition, Instant now, String actor, String reason) {
        boolean byClock = transition.trigger() == CallTransition.Trigger.CLOCK;
        return tx.execute(status -> {
            ProgrammeCall current = calls.find(id).orElseThrow(() -> new CallNotFoundException(id));
            Optional<CallActionRefusedException> refusal = current.refusalOf(transition, now, clock.getZone(), reason);
            if (refusal.isPresent()) {
                if (byClock) {
                    return Optional.<ProgrammeCall>empty();
                }
                throw refusal.get();
            }
            ProgrammeCall next = current.after(transition, now, actor, reason);
            if (!calls.changeStatus(next, current.status(), current.version())) {
                if (byClock) {
                    return Optional.<ProgrammeCall>empty();
                }
                throw new CallVersionConflictException(id, current.version(),
                        calls.find(id).map(ProgrammeCall::version).orElse(current.version()));
            }
            calls.appendHistory(id, new CallStatusChange(transition, current.status(), next.status(), now, actor,
                    next.status() == CallStatus.CANCELLED ? next.cancelReason() : null));
            AuditRecord.Builder entry = AuditRecord.of("call." + transition.code())
                    .target("call", id)
                    .detail("from", current.status().name())
                    .detail("to", next.status().name());
            if (byClock) {
                transition.dueAt().ifPresent(m -> entry.detail("milestone", ProgrammeCall.shown(current.at(m), clock.getZone())));
                entry.actor(CLOCK_ACTOR, CLOCK_ACTOR);
            } else {
                by(entry, actor);
            }
            if (transition.reasonRequired()) {
                entry.detail("reason", next.cancelReason());
            }
            audit.record(entry.build());
            events.publishEvent(new CallStatusChanged(id, next.year(), transition, current.status(), next.status(),
                    now, actor));
            return Optional.of(next);
        });
    }

    /** The terms as text for audit details. */
    private Map<String, Object> termsAsText(CallTerms terms) {
        Map<String, Object> text = new LinkedHashMap<>();
        for (CallField field : CallField.values()) {
            text.put(field.property(), asText(field.valueIn(terms)));
        }
        return text;
    }

    /** A term's value for the audit trail: times with the clock zone's offset, absent values as empty text. */
    private String asText(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(clock.getZone()).toOffsetDateTime().toString();
        }
        return value == null ? "" : String.valueOf(value);
    }

    /**
     * The logged-in officer is recorded with their role by the audit trail itself; any other named actor (the demo
     * loader, a job) is recorded by name without a role.
     */
    private static AuditRecord.Builder by(AuditRecord.Builder entry, String actor) {
        boolean currentUser = CurrentUser.current().map(u -> u.username().equals(actor)).orElse(false);
        return currentUser ? entry : entry.actor(actor, null);
    }
}
