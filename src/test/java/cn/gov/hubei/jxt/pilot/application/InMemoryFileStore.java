package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file store in memory for the application tests, used while the files module's store is not in this build: it
 * recognises the kinds by their first bytes, as the real store does, and keeps the size limit.
 */
public class InMemoryFileStore implements FileStore {

    public static final long MAX_FILE_SIZE = 20L * 1024 * 1024;

    private final Map<Long, StoredFile> files = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> contents = new ConcurrentHashMap<>();
    // far from the ids a database sequence would give, so that tests never mistake one for another
    private final AtomicLong ids = new AtomicLong(9_000_000_000L);

    @Override
    public StoredFile store(String originalName, InputStream content, Set<FileKind> allowed, String storedBy) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            throw new FileRejectedException(FileRejectedException.Reason.EMPTY, "files.rejected.empty");
        }
        if (bytes.length > MAX_FILE_SIZE) {
            throw new FileRejectedException(FileRejectedException.Reason.TOO_LARGE, "files.rejected.too-large", 20);
        }
        FileKind kind = kindOf(bytes);
        if (kind == null || !allowed.contains(kind)) {
            throw new FileRejectedException(FileRejectedException.Reason.KIND_NOT_ALLOWED, "files.rejected.kind");
        }
        long id = ids.incrementAndGet();
        StoredFile stored = new StoredFile(id, originalName == null ? "file" : originalName.replaceAll("[\\\\/]", "_"),
                kind, bytes.length, sha256(bytes), storedBy, Instant.now());
        files.put(id, stored);
        contents.put(id, bytes);
        return stored;
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public byte[] read(long id) {
        byte[] bytes = contents.get(id);
        if (bytes == null || !sha256(bytes).equals(files.get(id).sha256())) {
            throw new DamagedFileException(id, "damaged");
        }
        return bytes.clone();
    }

    @Override
    public long maxFileSize() {
        return MAX_FILE_SIZE;
    }

    /** Damages a stored file, as a disk error would. */
    public void damage(long id) {
        contents.get(id)[0] ^= 0x55;
    }

    static FileKind kindOf(byte[] b) {
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return FileKind.PDF;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return FileKind.PNG;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return FileKind.JPEG;
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K') {
            String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            return text.contains("xl/") ? FileKind.XLSX : text.contains("word/") ? FileKind.DOCX : null;
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        InMemoryFileStore inMemoryFileStore() {
            return new InMemoryFileStore();
        }
    }
}
