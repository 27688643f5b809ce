package cn.gov.hubei.jxt.pilot.sitevisit;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A photo taken on site.
 *
 * @param takenAt   when it was taken, as the camera's clock or the team says (local time, no zone)
 * @param fromExif  whether {@code takenAt} was read from the image's EXIF DateTimeOriginal (else entered by the team)
 */
public record VisitPhoto(long id, long fileId, String caption, LocalDateTime takenAt, boolean fromExif,
                         String addedBy, Instant addedAt) {
}
