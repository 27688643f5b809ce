package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The applications (申报书), for pages, the API and other modules. Every read and every action takes the caller's
 * {@link ApplicationScope} and applies it in the query, so an application outside it is "not found". {@code actor}
 * is the user name recorded in the history and the audit trail.
 */
public interface ProjectApplications {

    /** The applications a query asks for (always within its scope), newest first, one page: one database query. */
    List<ApplicationSummary> list(ApplicationQuery query);

    /** How many applications the query finds on all its pages. */
    long count(ApplicationQuery query);

    Optional<ApplicationSummary> find(long id, ApplicationScope scope);

    /**
     * Starts an application of the enterprise in a call that is open for filing, within the call's cap of projects
     * per enterprise.
     *
     * @throws ApplicationActionRefusedException when filing is not open or the cap is reached
     */
    ApplicationSummary create(long callId, long enterpriseId, String actor);

    /**
     * The working draft (sections and files).
     *
     * @throws ApplicationNotFoundException when it is not in scope or the scope does not see drafts
     */
    ApplicationDraft draft(long id, ApplicationScope scope);

    /** Each section of the draft, validated: what the overview shows. */
    List<SectionCheck> check(long id, ApplicationScope scope);

    /** Validates one section's content against the draft around it, without saving. */
    SectionCheck check(long id, ApplicationScope scope, SectionKey key, SectionContent content);

    /**
     * Saves one section if it is still at {@code expectedVersion} (0 for a section never saved).
     *
     * @param strict when true, a section whose values break a rule is refused ({@link SectionRejectedException});
     *               missing values never are, so a draft can be saved part by part
     * @throws SectionConflictException          when someone saved the section since
     * @throws ApplicationActionRefusedException when the application is not editable
     */
    SavedSection saveSection(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                             SectionContent content, boolean strict, String actor);

    /**
     * {@link #saveSection} and the check of the section as saved against the draft around it, reading the draft once
     * (what the JSON API answers to each autosave).
     */
    SectionSaved saveAndCheckSection(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                                     SectionContent content, boolean strict, String actor);

    /**
     * Submits the application to its division's recommender (or, after a correction request, to the province): every
     * section complete, inside the filing window (or before the return deadline), idempotent by
     * {@code idempotencyKey}. A resubmission that does not differ from the previous version is refused unless
     * {@code confirmUnchanged}.
     *
     * @throws UnchangedResubmissionException when the new version would equal the previous one and that is not
     *                                        confirmed
     */
    SubmissionResult submit(long id, ApplicationScope scope, String idempotencyKey, boolean confirmUnchanged,
                            String actor);

    /** {@link #submit(long, ApplicationScope, String, boolean, String)} without confirming an unchanged resubmission. */
    default SubmissionResult submit(long id, ApplicationScope scope, String idempotencyKey, String actor) {
        return submit(id, scope, idempotencyKey, false, actor);
    }

    /** Withdraws a submitted application before recommendation, with the reason. */
    ApplicationSummary withdraw(long id, ApplicationScope scope, String reason, String actor);

    /**
     * Performs a recommender's or an officer's transition ({@link ApplicationTransition.Actor#RECOMMENDER},
     * {@link ApplicationTransition.Actor#OFFICER}) on behalf of {@code by}, in the caller's transaction when there is
     * one. It does not trust its caller: {@code by} must be the performer the transition table names for it
     * ({@link ApplicationPermissions#performs}), otherwise the application is not found for them (outside their scope)
     * or the action is refused. Then it checks the table, the reason and the deadline, records the history and the
     * audit entry and publishes {@link ApplicationStatusChanged} (the deciding module tells the people concerned).
     *
     * @param deadline for {@link ApplicationTransition#RETURN} (optional) and
     *                 {@link ApplicationTransition#REQUEST_CORRECTION} (required): by when the enterprise is to
     *                 submit again; must lie in the future
     *
     * @throws ApplicationNotFoundException      when the application is outside {@code by}'s scope
     * @throws ApplicationActionRefusedException when {@code by} is not the transition's performer, or the table, the
     *                                           reason or the deadline forbid it
     */
    ApplicationSummary decide(long applicationId, ApplicationTransition transition, String reason, Instant deadline,
                              CurrentUser by);

    /** The status changes of an application, oldest first (for the scope that may see the application). */
    List<StatusChange> history(long id, ApplicationScope scope);

    /** The submitted versions, oldest first. */
    List<VersionInfo> versions(long id, ApplicationScope scope);

    Optional<FrozenVersion> version(long id, int number, ApplicationScope scope);

    /**
     * Two submitted versions field by field; number 0 stands for the current draft (for scopes that see drafts).
     */
    VersionComparison compare(long id, int left, int right, ApplicationScope scope);

    /** The files the scope may read: all for the enterprise and officers, the submitted ones for the recommender. */
    List<AttachedFile> files(long id, ApplicationScope scope);

    /**
     * Stores an upload and attaches it to the application, within the per-application total.
     *
     * @throws cn.gov.hubei.jxt.pilot.files.FileRejectedException when the store refuses the content
     * @throws ApplicationActionRefusedException                    when the total would exceed the limit
     */
    AttachedFile attach(long id, ApplicationScope scope, FilePurpose purpose, String originalName,
                        InputStream content, long size, String actor);

    /** A file of the application with its verified content, if the scope may read it. */
    Optional<FileContent> readFile(long id, long fileId, ApplicationScope scope);

    /** A file's metadata and verified bytes. */
    record FileContent(AttachedFile file, byte[] bytes) {
    }
}
