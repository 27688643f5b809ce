package cn.gov.hubei.jxt.pilot.call;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The call's transition table: every legal status change, who or what triggers it, and for the clock the milestone
 * at which it falls due. The pages offer exactly the officer transitions listed here, the clock job performs exactly
 * the clock transitions, and the state diagram in {@code docs/state-diagrams/call.md} is generated from this table.
 * To add a stage (review, 公示, designation) add its statuses to {@link CallStatus} and its rows here.
 */
public enum CallTransition {

    PUBLISH("publish", Trigger.OFFICER, null, false, CallStatus.PUBLISHED, CallStatus.DRAFT),
    OPEN_FILING("open-filing", Trigger.CLOCK, CallMilestone.FILING_OPENS, false,
            CallStatus.FILING_OPEN, CallStatus.PUBLISHED),
    CLOSE_FILING("close-filing", Trigger.CLOCK, CallMilestone.FILING_CLOSES, false,
            CallStatus.FILING_CLOSED, CallStatus.FILING_OPEN),
    CLOSE_RECOMMENDATION("close-recommendation", Trigger.CLOCK, CallMilestone.RECOMMENDATION_DEADLINE, false,
            CallStatus.RECOMMENDATION_CLOSED, CallStatus.FILING_CLOSED),
    CANCEL("cancel", Trigger.OFFICER, null, true, CallStatus.CANCELLED, CallStatus.DRAFT, CallStatus.PUBLISHED);

    /** What sets a transition off. */
    public enum Trigger {
        /** A provincial officer's decision (省经信厅装备工业处). */
        OFFICER,
        /** The application clock reaching the call's milestone. */
        CLOCK
    }

    private final String code;
    private final Trigger trigger;
    private final CallMilestone dueAt;
    private final boolean reasonRequired;
    private final CallStatus to;
    private final Set<CallStatus> from;

    CallTransition(String code, Trigger trigger, CallMilestone dueAt, boolean reasonRequired, CallStatus to,
                   CallStatus firstFrom, CallStatus... moreFrom) {
        this.code = code;
        this.trigger = trigger;
        this.dueAt = dueAt;
        this.reasonRequired = reasonRequired;
        this.to = to;
        this.from = Collections.unmodifiableSet(EnumSet.of(firstFrom, moreFrom));
    }

    /** The transition's name in URLs, audit actions ({@code call.<code>}) and message keys. */
    public String code() {
        return code;
    }

    public Trigger trigger() {
        return trigger;
    }

    /** For a clock transition, the milestone at which it falls due; empty for an officer's transition. */
    public Optional<CallMilestone> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    /** Whether the person performing it must give a reason (kept in the call's history). */
    public boolean reasonRequired() {
        return reasonRequired;
    }

    public Set<CallStatus> from() {
        return from;
    }

    public CallStatus to() {
        return to;
    }

    public boolean isAllowedFrom(CallStatus status) {
        return from.contains(status);
    }

    /** The officer's transitions that the table allows from a status, in table order. */
    public static List<CallTransition> availableToOfficer(CallStatus status) {
        return Arrays.stream(values())
                .filter(t -> t.trigger == Trigger.OFFICER && t.isAllowedFrom(status))
                .toList();
    }

    /** The clock transition that leaves a status, if any (at most one per status). */
    public static Optional<CallTransition> clockTransitionFrom(CallStatus status) {
        return Arrays.stream(values())
                .filter(t -> t.trigger == Trigger.CLOCK && t.isAllowedFrom(status))
                .findFirst();
    }

    public static Optional<CallTransition> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
