package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The record of a visit as its team writes it: findings per item, attendees, photos and the conclusion; the leader's
 * sign-off locks it. Every method checks {@link SiteVisitPermissions} itself: a visit the person may not read is not
 * found ({@link SiteVisitNotFoundException}); a write the phase or the person's part does not allow is refused
 * ({@link SiteVisitRefusedException}); broken rules are {@link SiteVisitRejectedException}. Writes are idempotent or
 * guarded by a version.
 */
public interface SiteVisitRecords {

    int NOTE_LIMIT = 2000;
    int SUMMARY_LIMIT = 2000;
    int CAPTION_LIMIT = 200;
    /** The largest photo accepted, in bytes (10 MB). */
    long PHOTO_LIMIT = 10L * 1024 * 1024;

    /** The visit's whole record, if the person may read it. */
    Optional<SiteVisitRecord> read(long visitId, CurrentUser user);

    ChecklistItem recordFinding(long visitId, long itemId, int version, Finding finding, String note,
                                CurrentUser user);

    Attendee addAttendee(long visitId, String name, String unit, String position, CurrentUser user);

    void removeAttendee(long visitId, long attendeeId, CurrentUser user);

    /**
     * Adds a photo: a JPEG or PNG recognised by content, at most {@link #PHOTO_LIMIT}; the time taken is read from
     * its EXIF DateTimeOriginal when present, otherwise {@code enteredTakenAt} is required.
     */
    VisitPhoto addPhoto(long visitId, String originalName, InputStream content, String caption,
                        LocalDateTime enteredTakenAt, CurrentUser user);

    void removePhoto(long visitId, long photoId, CurrentUser user);

    /** A photo's bytes and media type, if the person may read the visit. */
    Optional<PhotoContent> photo(long visitId, long photoId, CurrentUser user);

    SiteVisit conclude(long visitId, int version, SiteVisitConclusion conclusion, String summary, CurrentUser user);

    /**
     * Signs the visit off: the team leader only, every item with a finding and the conclusion set; locks the record,
     * is audited and tells the officer who planned it.
     */
    SiteVisit signOff(long visitId, int version, CurrentUser user);

    /** The 现场核查表 as .docx. */
    byte[] sheet(long visitId, CurrentUser user);

    record PhotoContent(String name, String mediaType, byte[] bytes) {
    }
}
