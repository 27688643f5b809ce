package cn.gov.hubei.jxt.pilot.call.internal;

import cn.gov.hubei.jxt.pilot.call.CallActionRefusedException;
import cn.gov.hubei.jxt.pilot.call.CallChanges;
import cn.gov.hubei.jxt.pilot.call.CallMilestone;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.CallTerms;
import cn.gov.hubei.jxt.pilot.call.CallTransition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The yearly call aggregate (年度遴选): its terms, its status and who changed it when. Loaded and saved whole by
 * {@link CallRepository}; its status changes only through {@link #after}, guarded by {@link #refusalOf}.
 */
record ProgrammeCall(Long id, int year, String title, String notice, Instant filingOpensAt, Instant filingClosesAt,
                     Instant recommendationDeadline, Integer recommendationQuota, Integer maxProjectsPerEnterprise,
                     String elementConditionVersion, CallStatus status, long version, Instant publishedAt,
                     Instant cancelledAt, String cancelReason, String createdBy, Instant createdAt, String updatedBy,
                     Instant updatedAt) {

    static final int REASON_MAX_LENGTH = 500;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A new draft with the given (already validated and normalised) terms. */
    static ProgrammeCall draft(CallTerms terms, Instant now, String actor) {
        return new ProgrammeCall(null, terms.year(), terms.title(), terms.notice(), terms.filingOpensAt(),
                terms.filingClosesAt(), terms.recommendationDeadline(), terms.recommendationQuota(),
                terms.maxProjectsPerEnterprise(), terms.elementConditionVersion(), CallStatus.DRAFT, 0, null, null,
                null, actor, now, actor, now);
    }

    /** The same call with new terms; status and history are untouched. */
    ProgrammeCall withTerms(CallTerms terms, Instant now, String actor) {
        return new ProgrammeCall(id, terms.year(), terms.title(), terms.notice(), terms.filingOpensAt(),
                terms.filingClosesAt(), terms.recommendationDeadline(), terms.recommendationQuota(),
                terms.maxProjectsPerEnterprise(), terms.elementConditionVersion(), status, version + 1, publishedAt,
                cancelledAt, cancelReason, createdBy, createdAt, actor, now);
    }

    CallChanges terms() {
        return new CallChanges(year, title, notice, filingOpensAt, filingClosesAt, recommendationDeadline,
                recommendationQuota, maxProjectsPerEnterprise, elementConditionVersion);
    }

    Instant at(CallMilestone milestone) {
        return switch (milestone) {
            case FILING_OPENS -> filingOpensAt;
            case FILING_CLOSES -> filingClosesAt;
            case RECOMMENDATION_DEADLINE -> recommendationDeadline;
        };
    }

    /** The clock transition that is due at {@code now}, if the call has reached its next milestone. */
    Optional<CallTransition> dueClockTransition(Instant now) {
        return CallTransition.clockTransitionFrom(status)
                .filter(t -> !now.isBefore(at(t.dueAt().orElseThrow())));
    }

    /**
     * Why the transition may not happen now, or empty when it may. First the table (is the transition allowed from
     * the current status?), then the transition's own conditions.
     */
    Optional<CallActionRefusedException> refusalOf(CallTransition transition, Instant now, ZoneId zone, String reason) {
        String prefix = "call.transition." + transition.code();
        if (!transition.isAllowedFrom(status)) {
            return status == transition.to()
                    ? Optional.of(new CallActionRefusedException(prefix + ".already"))
                    : Optional.of(new CallActionRefusedException(prefix + ".refused",
                            CallActionRefusedException.statusLabel(status)));
        }
        if (transition.reasonRequired()) {
            if (reason == null || reason.isBlank()) {
                return Optional.of(new CallActionRefusedException(prefix + ".reason-required"));
            }
            int length = reason.strip().codePointCount(0, reason.strip().length());
            if (length > REASON_MAX_LENGTH) {
                return Optional.of(new CallActionRefusedException(prefix + ".reason-too-long",
                        String.valueOf(REASON_MAX_LENGTH), String.valueOf(length)));
            }
        }
        if (transition.dueAt().isPresent()) {
            Instant due = at(transition.dueAt().get());
            if (now.isBefore(due)) {
                return Optional.of(new CallActionRefusedException(prefix + ".not-due", shown(due, zone)));
            }
        }
        if (transition == CallTransition.PUBLISH && !now.isBefore(filingClosesAt)) {
            // Publishing a call whose window has closed would announce a call nobody can file in.
            return Optional.of(new CallActionRefusedException(prefix + ".window-closed", shown(filingClosesAt, zone)));
        }
        return Optional.empty();
    }

    /** The call after the transition; the caller has checked {@link #refusalOf} first. */
    ProgrammeCall after(CallTransition transition, Instant now, String actor, String reason) {
        Instant published = transition == CallTransition.PUBLISH ? now : publishedAt;
        Instant cancelled = transition == CallTransition.CANCEL ? now : cancelledAt;
        String why = transition == CallTransition.CANCEL ? reason.strip() : cancelReason;
        return new ProgrammeCall(id, year, title, notice, filingOpensAt, filingClosesAt, recommendationDeadline,
                recommendationQuota, maxProjectsPerEnterprise, elementConditionVersion, transition.to(), version + 1,
                published, cancelled, why, createdBy, createdAt, actor, now);
    }

    CallSummary toSummary() {
        return new CallSummary(id, year, title, notice, filingOpensAt, filingClosesAt, recommendationDeadline,
                recommendationQuota, maxProjectsPerEnterprise, elementConditionVersion, status, version, publishedAt,
                cancelledAt, cancelReason, createdBy, createdAt, updatedBy, updatedAt);
    }

    /** A time as the refusals and the audit trail show it, in the clock's zone. */
    static String shown(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }
}
