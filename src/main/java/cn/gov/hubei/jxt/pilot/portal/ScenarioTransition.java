package cn.gov.hubei.jxt.pilot.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The typical scenario's transition table: every legal status change with the one performer who takes it. Several
 * rows share an action ({@link #code()}): withdrawing consent from a consented or a published scenario, rejecting a
 * candidate, a consented or a published one. A scenario becomes a {@link ScenarioStatus#CANDIDATE} when its
 * application is first read as passed formal review. The state diagram in {@code docs/state-diagrams/portal.md} is
 * generated from this table; {@link PortalPermissions} reads its performer column.
 */
public enum ScenarioTransition {

    /** 同意发布: an applicant of the enterprise consents. */
    CONSENT("consent", Performer.APPLICANT, false, ScenarioStatus.CANDIDATE, ScenarioStatus.CONSENTED),
    /** 重新同意: after a withdrawal, the enterprise consents again (the office approves again). */
    CONSENT_AGAIN("consent", Performer.APPLICANT, false, ScenarioStatus.WITHDRAWN, ScenarioStatus.CONSENTED),
    /** 撤回同意 before publication. */
    WITHDRAW("withdraw", Performer.APPLICANT, false, ScenarioStatus.CONSENTED, ScenarioStatus.WITHDRAWN),
    /** 撤回同意 of a published scenario: it leaves the library at once. */
    WITHDRAW_PUBLISHED("withdraw", Performer.APPLICANT, false, ScenarioStatus.PUBLISHED, ScenarioStatus.WITHDRAWN),
    /** 批准发布: the office approves a consented scenario. */
    APPROVE("approve", Performer.OFFICER, false, ScenarioStatus.CONSENTED, ScenarioStatus.PUBLISHED),
    /** 不予发布 a candidate, with the reason. */
    REJECT("reject", Performer.OFFICER, true, ScenarioStatus.CANDIDATE, ScenarioStatus.REJECTED),
    /** 不予发布 a consented scenario, with the reason. */
    REJECT_CONSENTED("reject", Performer.OFFICER, true, ScenarioStatus.CONSENTED, ScenarioStatus.REJECTED),
    /** 撤下 a published scenario, with the reason. */
    TAKE_DOWN("reject", Performer.OFFICER, true, ScenarioStatus.PUBLISHED, ScenarioStatus.REJECTED),
    /** 重新列为候选: the office reconsiders; the enterprise consents again. */
    REOPEN("reopen", Performer.OFFICER, false, ScenarioStatus.REJECTED, ScenarioStatus.CANDIDATE);

    /** Who takes a transition. */
    public enum Performer {
        /** An applicant of the scenario's enterprise. */
        APPLICANT,
        /** A person acting for the programme office ({@code CurrentUser.actsAsOfficer()}). */
        OFFICER
    }

    private final String code;
    private final Performer performer;
    private final boolean reasonRequired;
    private final ScenarioStatus from;
    private final ScenarioStatus to;

    ScenarioTransition(String code, Performer performer, boolean reasonRequired, ScenarioStatus from,
                       ScenarioStatus to) {
        this.code = code;
        this.performer = performer;
        this.reasonRequired = reasonRequired;
        this.from = from;
        this.to = to;
    }

    /** The action's name in URLs, audit actions and message keys. */
    public String code() {
        return code;
    }

    public Performer performer() {
        return performer;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public ScenarioStatus from() {
        return from;
    }

    public ScenarioStatus to() {
        return to;
    }

    /** The message key of the action's name. */
    public String labelKey() {
        return "portal.scenario.transition." + code + ".label";
    }

    /** The row of an action from a status, if the table allows it. */
    public static Optional<ScenarioTransition> of(String code, ScenarioStatus from) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code) && t.from == from).findFirst();
    }

    /** Whether the action exists at all. */
    public static boolean isAction(String code) {
        return Arrays.stream(values()).anyMatch(t -> t.code.equals(code));
    }

    /** The statuses an action leads to (what a repeated request finds already done). */
    public static List<ScenarioStatus> targetsOf(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).map(ScenarioTransition::to).distinct()
                .toList();
    }

    /** The transitions that leave a status, in table order. */
    public static List<ScenarioTransition> from(ScenarioStatus status) {
        return Arrays.stream(values()).filter(t -> t.from == status).toList();
    }
}
