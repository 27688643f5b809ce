package cn.gov.hubei.jxt.pilot.files;

import java.time.Instant;

/**
 * A file as stored: {@code name} is the cleaned original name (safe to show and to send in Content-Disposition),
 * {@code sha256} the hex digest of the content under which it is kept.
 */
public record StoredFile(long id, String name, FileKind kind, long size, String sha256, String storedBy,
                         Instant storedAt) {
}
