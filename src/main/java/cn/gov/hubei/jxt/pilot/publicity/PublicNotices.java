package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * Released public notices, as the objection, designation and portal modules read them (public data: drafts never
 * appear here). Reads apply due clock transitions, so a notice past its end is never reported open.
 */
public interface PublicNotices {

    /** A released (released, open or closed) notice; empty for a draft or an unknown id. */
    Optional<PublicNotice> find(long noticeId);

    /** Every released notice, newest start day first. */
    List<PublicNotice> published();

    /** The released notice of a call, if any. */
    Optional<PublicNotice> ofCall(long callId);

    /** The notice's list in its printed order, removed projects included (with their reason). */
    List<NoticeEntry> entries(long noticeId);

    /** One project's line on a released notice. */
    Optional<NoticeEntry> entry(long noticeId, long applicationId);

    /**
     * Takes a project off the list after an upheld objection, with the reason to publish. Audited; publishes
     * {@link NoticeEntryRemoved}. Idempotent: a project already removed is left as it is.
     *
     * @throws cn.gov.hubei.jxt.pilot.shared.RefusedException when the person does not act for the programme office,
     *                                                         the notice is not released, or the reason is missing
     */
    NoticeEntry removeEntry(long noticeId, long applicationId, String publishedReason, CurrentUser officer);
}
