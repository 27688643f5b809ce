package cn.gov.hubei.jxt.pilot.decision;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * Decisions recorded now and released later together. Every method takes the person acting or viewing and applies
 * {@link DecisionPermissions} itself. Reads apply the viewer in their SQL: outside the programme office a pending or
 * withdrawn decision, and an unreleased batch, do not exist (not even their count). Which subjects the viewer may see
 * at all (their own enterprise's application, their division's) stays the owning module's check, made before asking.
 */
public interface Decisions {

    /**
     * Records a decision as pending in its batch (the batch is created by its first decision). A decision of the
     * same kind on the same subject already pending in the batch is replaced (revision + 1; the earlier one stays in
     * {@link #history}). Audited.
     *
     * @throws DecisionRefusedException when {@code by} does not act for the programme office
     *                                  ({@code decision.not-officer}), the batch is released
     *                                  ({@code decision.record.batch-released}) or the reason is too long
     * @throws IllegalArgumentException when the payload is not a JSON object (a programming error)
     */
    Decision record(NewDecision decision, CurrentUser by);

    /**
     * Releases every pending decision of the batch in one transaction at one instant, closes the batch, audits it
     * and publishes one {@link DecisionReleased} per decision and one {@link BatchReleased} inside the transaction.
     * Idempotent: a batch released already (by an earlier call, a double click, another node at the same moment) is
     * left as it is and the answer says so ({@link BatchRelease#releasedNow()} false, with the first release's time
     * and officer). A batch nobody recorded into is created and released empty (closed).
     *
     * @throws DecisionRefusedException when {@code by} does not act for the programme office
     */
    BatchRelease release(BatchKey batch, CurrentUser by);

    /**
     * Withdraws a pending decision before its release, with a reason. Audited.
     *
     * @throws DecisionRefusedException when {@code by} does not act for the programme office, the reason is missing
     *                                  or too long, or the decision is no longer pending
     *                                  ({@code decision.withdraw.refused}); an unknown id is refused as
     *                                  {@code decision.not-found}
     */
    Decision withdraw(long decisionId, String reason, CurrentUser by);

    /** One decision as the viewer may see it: empty when unknown or not visible to the viewer. */
    Optional<Decision> find(long decisionId, CurrentUser viewer);

    /**
     * The released decision of this kind on a subject (the latest released one, if several batches decided on it):
     * what an applicant or a recommender is told. The programme office gets the same answer (released only).
     */
    Optional<Decision> released(DecisionSubject subject, String kind, CurrentUser viewer);

    /**
     * The live decisions (pending or released) on a subject, in recording order: for the office every one, for
     * everyone else the released ones.
     */
    List<Decision> ofSubject(DecisionSubject subject, CurrentUser viewer);

    /**
     * The decisions of a batch, ordered by subject and kind: for the office every one (pending, released,
     * withdrawn), for everyone else the released ones only.
     */
    List<Decision> ofBatch(BatchKey batch, CurrentUser viewer);

    /** The batch as the viewer may see it: an open batch only to the office. */
    Optional<DecisionBatch> batch(BatchKey batch, CurrentUser viewer);

    /** The batch's decisions counted by status, as the viewer may see them. */
    DecisionCounts count(BatchKey batch, CurrentUser viewer);

    /** A decision's history, oldest first: to the office only (everyone else gets an empty list). */
    List<DecisionChange> history(long decisionId, CurrentUser viewer);
}
