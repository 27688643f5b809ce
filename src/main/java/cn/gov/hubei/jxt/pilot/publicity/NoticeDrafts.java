package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The programme office's work on notices: draft one from a call's pending proposal, edit it, preview it, release it
 * (which releases the proposal's decisions at the same instant) or discard it. Every method takes the person and
 * applies {@link PublicityPermissions} itself; for anyone outside the office a draft does not exist.
 */
public interface NoticeDrafts {

    /** Every notice, drafts first, then released ones newest start day first: the office only (empty otherwise). */
    List<ManagedNotice> all(CurrentUser viewer);

    /** One notice as the office sees it (drafts included); empty for anyone else or an unknown id. */
    Optional<ManagedNotice> find(long id, CurrentUser viewer);

    /** The notice's list as the office sees it (a draft's too). */
    List<NoticeEntry> entries(long id, CurrentUser viewer);

    /** The calls with a pending proposal and no notice yet: the office only. */
    List<CallProposal> proposals(CurrentUser viewer);

    /**
     * Drafts the call's notice from its pending proposal: the list (proposed applications in the order of their group
     * and rank in the group), the title and the text from the template with the period written out.
     *
     * @throws PublicityRejectedException when the start day is not a working day, lies in the past, or the calendar
     *                                    lacks a year of the period ({@code startDate})
     * @throws PublicityRefusedException  when the call has no pending proposal or already has a notice, or the
     *                                    person does not act for the office
     */
    ManagedNotice create(long callId, LocalDate startDate, CurrentUser officer);

    /**
     * Edits a draft (title, text, publisher, contacts, start day; the end day follows). The list is taken again from
     * the proposal as it stands.
     *
     * @throws PublicityRejectedException with the problems beside their fields
     * @throws PublicityRefusedException  when the notice is no longer a draft or {@code version} is stale
     */
    ManagedNotice update(long id, long version, NoticeChanges changes, CurrentUser officer);

    /** Discards (deletes) a draft. */
    void discard(long id, long version, CurrentUser officer);

    /** Who a release would tell, for the confirmation. */
    ReleaseAudience audience(long id, CurrentUser viewer);

    /**
     * Releases the draft in one transaction: the notice becomes public (open at once when its start day is today),
     * every pending decision of the call's review batch is released, the applicants and recommenders concerned are
     * told, {@link NoticeReleased} is published and the release audited. Idempotent: a notice released already is
     * answered as it is ({@link NoticeRelease#releasedNow()} false).
     *
     * @throws PublicityRefusedException when the start day has passed, the proposal is empty or the calendar lacks a
     *                                   year of the period
     */
    NoticeRelease release(long id, CurrentUser officer);

    /**
     * Drafts and releases at once a notice whose period may have begun already (its start day a working day, not
     * after today): for demo data and for a notice published before the system ran. Not offered on pages or the API.
     */
    NoticeRelease publishDated(long callId, LocalDate startDate, CurrentUser officer);
}
