/**
 * Decisions recorded now and released later together (决定的集中发布): a stage (the provincial review, the 公示,
 * monitoring) records each project's outcome as pending in a release batch; only the programme office sees a pending
 * decision, and for everyone else it does not exist until an officer releases the batch. Release makes every pending
 * decision of the batch visible at one instant, in one transaction, closes the batch and publishes one
 * {@link cn.gov.hubei.jxt.pilot.decision.DecisionReleased} per decision and one
 * {@link cn.gov.hubei.jxt.pilot.decision.BatchReleased}, so that the owning module's listener writes its notices
 * atomically with the release.
 *
 * <p>Other modules use {@link cn.gov.hubei.jxt.pilot.decision.Decisions} and
 * {@link cn.gov.hubei.jxt.pilot.decision.DecisionPermissions}; the decision's life is the table
 * {@link cn.gov.hubei.jxt.pilot.decision.DecisionTransition}. docs/decision.md tells how a stage uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision release",
        allowedDependencies = {"identity", "audit", "shared"})
package cn.gov.hubei.jxt.pilot.decision;
