package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real file store's blobs as the application tests see them ({@code app.files.directory=target/test-files}, set by
 * {@code @IntegrationTest}): to damage one as a disk error would, and to make uploads whose content no other test
 * shares (the store keeps each content once, so damaging a shared one would damage other tests' files too).
 */
final class StoredBlobs {

    static final Path DIRECTORY = cn.gov.hubei.jxt.pilot.TestDirectories.files();

    private StoredBlobs() {
    }

    /** Flips a byte of the stored content, so that it no longer matches its digest. */
    static void damage(FileStore store, long fileId) throws IOException {
        StoredFile file = store.find(fileId).orElseThrow();
        String sha = file.sha256();
        Path blob = DIRECTORY.toAbsolutePath().normalize().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4))
                .resolve(sha);
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length - 1] ^= 0x55;
        blob.toFile().setWritable(true);
        Files.write(blob, bytes);
    }

    /** A PNG signature and header followed by random bytes: recognised as PNG, and unique. */
    static byte[] uniquePng() {
        byte[] bytes = new byte[64];
        System.arraycopy(Filing.PNG, 0, bytes, 0, Filing.PNG.length);
        byte[] tail = new byte[bytes.length - Filing.PNG.length];
        ThreadLocalRandom.current().nextBytes(tail);
        System.arraycopy(tail, 0, bytes, Filing.PNG.length, tail.length);
        return bytes;
    }
}
