package cn.gov.hubei.jxt.pilot.files.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The storage directory: each content once, under its SHA-256, sharded by the first two bytes of the digest
 * ({@code ab/cd/abcd…}) so no directory grows beyond a few thousand entries. A content is written to {@code tmp/} on
 * the same file system first, flushed to disk, and moved into place with one atomic rename, so a reader (or another
 * node on a shared file system) sees either no blob or the whole blob, never a half-written one.
 */
final class BlobDirectory {

    private static final Logger log = LoggerFactory.getLogger(BlobDirectory.class);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Uploads in progress are seconds old; anything this old was left by a crash and is removed at start. */
    private static final Duration STALE_TEMP_FILE = Duration.ofDays(1);

    private final Path root;
    private final Path temp;

    private BlobDirectory(Path root) {
        this.root = root;
        this.temp = root.resolve("tmp");
    }

    /** Creates the directories when missing and refuses to start on a directory the application cannot write. */
    static BlobDirectory open(Path directory) {
        BlobDirectory blobs = new BlobDirectory(directory.toAbsolutePath().normalize());
        try {
            Files.createDirectories(blobs.temp);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the file storage directory " + blobs.root
                    + " (app.files.directory): " + e.getMessage(), e);
        }
        if (!Files.isWritable(blobs.root) || !Files.isWritable(blobs.temp)) {
            throw new IllegalStateException("The file storage directory " + blobs.root
                    + " (app.files.directory) is not writable by this process");
        }
        blobs.removeStaleTempFiles();
        log.info("Uploaded files are stored under {}", blobs.root);
        return blobs;
    }

    Path root() {
        return root;
    }

    /** A new, empty temporary file beside the blobs (so that the final move is a rename), readable by us only. */
    Path newTempFile() throws IOException {
        return Files.createTempFile(temp, "upload-", ".part");
    }

    Path pathOf(String sha256) {
        if (!SHA256_HEX.matcher(sha256).matches()) {
            // Never build a path from anything but a digest: the value comes from the database, not from a person.
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * Makes the verified temporary file the blob of {@code sha256}. When an intact blob with this digest exists the
     * temporary file is left for the caller to delete (the content is stored once); a damaged one is replaced, so an
     * upload of the original bytes repairs it.
     */
    void keep(Path tempFile, String sha256, long size) throws IOException {
        Path target = pathOf(sha256);
        if (Files.isRegularFile(target)) {
            if (intact(target, sha256, size)) {
                return;
            }
            log.warn("Blob {} did not match its digest; replacing it with the newly uploaded identical content", target);
        }
        Files.createDirectories(target.getParent());
        Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether the blob has the size and digest it is stored under. */
    boolean intact(Path blob, String sha256, long size) {
        try {
            if (Files.size(blob) != size) {
                return false;
            }
            try (InputStream in = Files.newInputStream(blob)) {
                MessageDigest digest = sha256();
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
                return HexFormat.of().formatHex(digest.digest()).equals(sha256);
            }
        } catch (IOException e) {
            return false;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private void removeStaleTempFiles() {
        // File times are the operating system's, so this compares with the system's time, not the application clock
        // (which tests move freely and which would then remove uploads in progress).
        Instant before = Instant.now().minus(STALE_TEMP_FILE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(temp, "upload-*.part")) {
            for (Path file : files) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    log.info("Removed {} left by an interrupted upload", file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
