package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The province's formal review (形式审查) of recommended applications: the record of every decision and the one way
 * to take one. A decision checks who takes it and when ({@link IntakePermissions#canDecide}), the decision's rules and
 * the guard against doubled or stale requests.
 */
public interface FormalReviews {

    /** Working days an enterprise is given for a correction unless the officer sets another date. */
    int DEFAULT_CORRECTION_WORKING_DAYS = 5;

    /** The longest text (what to correct / why it failed), in characters as a person counts them. */
    int TEXT_LIMIT = 800;

    /** The decisions on an application, oldest first; empty if there are none (or no such application). */
    List<FormalReview> reviewsOf(long applicationId);

    /** The latest decision on an application. */
    Optional<FormalReview> latest(long applicationId);

    /**
     * The rules the decision breaks, without looking at the application's status and without recording anything
     * (what a form shows beside its fields); empty when they all hold. {@link #decide} applies the same rules.
     */
    List<FieldProblem> check(FormalDecision decision);

    /**
     * Whether the application waits for a correction (待补正) whose deadline has passed without the enterprise
     * submitting it (已逾期): the enterprise can no longer submit it, and the officer may fail the application.
     */
    boolean correctionOverdue(ApplicationSummary application);

    /**
     * The conclusions a decision on the application may take now, in {@link FormalReviewOutcome} order: all three
     * while it awaits review (已推荐, 已补正); only {@link FormalReviewOutcome#FAIL} once a requested correction is
     * overdue ({@link #correctionOverdue}); none otherwise, in particular while the enterprise may still submit its
     * correction. {@link #decide} refuses any other.
     */
    List<FormalReviewOutcome> allowedOutcomes(ApplicationSummary application);

    /**
     * Records the decision and changes the application's status through
     * {@link cn.gov.hubei.jxt.pilot.application.ProjectApplications#decide}, with the audit entry
     * {@code intake.formal-review} and the event {@link FormalReviewDecided}, all in one transaction.
     *
     * @param officer the person deciding: one acting for the programme office ({@link IntakePermissions#canReview})
     * @throws NotWithProvinceException       when there is no such application or it is not with the province
     * @throws StaleDecisionException         when the application's status or version is no longer the one the
     *                                        officer reviewed (a doubled or late request): nothing is recorded
     * @throws FormalReviewRefusedException   when the application's status does not allow the decision's outcome
     *                                        now ({@link #allowedOutcomes}): it does not await a review, or waits for
     *                                        a correction whose deadline has not passed, or the correction is overdue
     *                                        and the outcome is not {@link FormalReviewOutcome#FAIL}; or when
     *                                        {@code officer} does not act for the programme office
     * @throws DecisionRejectedException      when the decision breaks a rule (field by field)
     */
    FormalReview decide(FormalDecision decision, CurrentUser officer);

    /**
     * The correction deadline offered by default: the {@value #DEFAULT_CORRECTION_WORKING_DAYS}th working day after
     * today (in the clock's zone), by the State Council's holiday calendar; empty when the calendar has no data for the
     * days to count (the officer then enters the date).
     */
    Optional<LocalDate> defaultCorrectionDueDate();
}
