package cn.gov.hubei.jxt.pilot.application;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The application's transition table: every legal status change, who performs it and whether a reason is required.
 * The service performs exactly these, the pages offer exactly these, and {@code docs/state-diagrams/application.md}
 * is generated from this table. The applicant's transitions go through {@link ProjectApplications#submit} and
 * {@link ProjectApplications#withdraw}; the recommender's and the officer's through {@link ProjectApplications#decide},
 * called by the module that owns the decision (recommendation, intake) after its own checks.
 */
public enum ApplicationTransition {

    SUBMIT("submit", Actor.APPLICANT, false, ApplicationStatus.SUBMITTED,
            ApplicationStatus.DRAFT, ApplicationStatus.RETURNED),
    WITHDRAW("withdraw", Actor.APPLICANT, true, ApplicationStatus.WITHDRAWN, ApplicationStatus.SUBMITTED),
    RETURN("return", Actor.RECOMMENDER, true, ApplicationStatus.RETURNED, ApplicationStatus.SUBMITTED),
    RECOMMEND("recommend", Actor.RECOMMENDER, false, ApplicationStatus.RECOMMENDED, ApplicationStatus.SUBMITTED),
    DECLINE("decline", Actor.RECOMMENDER, true, ApplicationStatus.NOT_RECOMMENDED, ApplicationStatus.SUBMITTED),
    /** The recommender takes back its decision while its list is still open. */
    RECONSIDER("reconsider", Actor.RECOMMENDER, true, ApplicationStatus.SUBMITTED,
            ApplicationStatus.RECOMMENDED, ApplicationStatus.NOT_RECOMMENDED),
    PASS_FORMAL("pass-formal", Actor.OFFICER, false, ApplicationStatus.FORMAL_PASSED,
            ApplicationStatus.RECOMMENDED, ApplicationStatus.CORRECTED),
    REQUEST_CORRECTION("request-correction", Actor.OFFICER, true, ApplicationStatus.CORRECTION_REQUESTED,
            ApplicationStatus.RECOMMENDED, ApplicationStatus.CORRECTED),
    FAIL_FORMAL("fail-formal", Actor.OFFICER, true, ApplicationStatus.FORMAL_FAILED,
            ApplicationStatus.RECOMMENDED, ApplicationStatus.CORRECTED, ApplicationStatus.CORRECTION_REQUESTED),
    /** The enterprise submits the corrected application (补正) as version n+1, back to the province. */
    SUBMIT_CORRECTION("submit-correction", Actor.APPLICANT, false, ApplicationStatus.CORRECTED,
            ApplicationStatus.CORRECTION_REQUESTED);

    /** Who performs a transition. */
    public enum Actor {
        /** Staff of the enterprise (申报单位). */
        APPLICANT,
        /** The division's 经信局 (推荐单位). */
        RECOMMENDER,
        /** The programme office (省经信厅). */
        OFFICER
    }

    private final String code;
    private final Actor actor;
    private final boolean reasonRequired;
    private final ApplicationStatus to;
    private final Set<ApplicationStatus> from;

    ApplicationTransition(String code, Actor actor, boolean reasonRequired, ApplicationStatus to,
                          ApplicationStatus firstFrom, ApplicationStatus... moreFrom) {
        this.code = code;
        this.actor = actor;
        this.reasonRequired = reasonRequired;
        this.to = to;
        this.from = Collections.unmodifiableSet(EnumSet.of(firstFrom, moreFrom));
    }

    /** The transition's name in URLs, audit actions ({@code application.<code>}) and message keys. */
    public String code() {
        return code;
    }

    public Actor actor() {
        return actor;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public ApplicationStatus to() {
        return to;
    }

    public Set<ApplicationStatus> from() {
        return from;
    }

    public boolean isAllowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /**
     * The one guard of the table, for every module that takes this transition: refuses it (with the transition's and
     * the status's names) unless the application's current status allows it.
     *
     * @throws ApplicationActionRefusedException when the status does not allow the transition
     */
    public void requireAllowedFrom(ApplicationStatus status) {
        if (!isAllowedFrom(status)) {
            throw new ApplicationActionRefusedException("application.transition.refused",
                    "application.transition." + code + ".label", "application.status." + status.name());
        }
    }

    /** Whether the transition needs a deadline: a correction request says by when to correct. */
    public boolean deadlineRequired() {
        return this == REQUEST_CORRECTION;
    }

    /** Whether the transition may carry a deadline for the enterprise's next submission. */
    public boolean takesDeadline() {
        return this == RETURN || this == REQUEST_CORRECTION;
    }

    /** Whether this is one of the enterprise's submissions (a new frozen version handed on to someone). */
    public boolean isSubmission() {
        return actor == Actor.APPLICANT && to != ApplicationStatus.WITHDRAWN;
    }

    /**
     * Whether the application goes to the province (the programme office) with this transition, rather than to its
     * division's recommender: the status it leads to is one the province works on.
     */
    public boolean toProvince() {
        return ApplicationStatusGroup.WITH_PROVINCE.contains(to);
    }

    /**
     * The enterprise's submission from a status: 提交 from a draft or after a return (to the recommender), 提交补正材料
     * after a correction request (to the province); empty when the status allows none.
     */
    public static Optional<ApplicationTransition> submissionFrom(ApplicationStatus status) {
        return Arrays.stream(values()).filter(t -> t.isSubmission() && t.isAllowedFrom(status)).findFirst();
    }

    public static Optional<ApplicationTransition> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
