/**
 * The province's intake of recommended applications and their formal review (形式审查, seed §四 and §五(四)): the
 * officer's queue of a call's applications with the province, the review of a submitted version against the
 * recommendation conditions with reason codes, the correction loop (要求补正 → 补正 → 复审) and the record of every
 * decision.
 *
 * <p>Other modules use {@link cn.gov.hubei.jxt.pilot.intake.FormalReviews} and
 * {@link cn.gov.hubei.jxt.pilot.intake.IntakeQueue}, and listen to
 * {@link cn.gov.hubei.jxt.pilot.intake.FormalReviewDecided}. The application's status changes only through
 * {@link cn.gov.hubei.jxt.pilot.application.ProjectApplications#decide}, in the same transaction as the decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
        allowedDependencies = {
                "application", "audit", "calendar", "call", "identity", "notification", "platform",
                "recommendation", "reference"})
package cn.gov.hubei.jxt.pilot.intake;
