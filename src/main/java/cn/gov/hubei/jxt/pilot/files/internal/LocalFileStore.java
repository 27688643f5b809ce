package cn.gov.hubei.jxt.pilot.files.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileLimits;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException.Reason;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The file store on a local (or shared) file system. An upload is streamed to a temporary file while its digest is
 * computed and its size counted — reading stops one byte past the limit, so an oversized upload never fills the disk —
 * then recognised from its content, moved into place under its digest and recorded.
 */
@Service
class LocalFileStore implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);

    private static final int BUFFER_SIZE = 64 * 1024;

    private final BlobDirectory blobs;
    private final StoredFileRepository records;
    private final FileLimits limits;
    private final FilesMessages messages;
    private final AuditTrail audit;
    private final Clock clock;

    LocalFileStore(BlobDirectory blobs, StoredFileRepository records, FileLimits limits, FilesMessages messages,
                   AuditTrail audit, Clock clock) {
        this.blobs = blobs;
        this.records = records;
        this.limits = limits;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(noRollbackFor = FileRejectedException.class)
    public StoredFile store(String originalName, InputStream content, Set<FileKind> allowed, String storedBy) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(storedBy, "storedBy");
        if (allowed == null || allowed.isEmpty()) {
            throw new IllegalArgumentException("at least one kind of file must be allowed");
        }
        Path temp = null;
        try {
            temp = blobs.newTempFile();
            Received received = receive(content, temp);
            if (received.size() == 0) {
                String name = FileNames.clean(originalName, null, messages.fallbackBaseName());
                throw rejected(Reason.EMPTY, "files.rejected.empty", name);
            }
            Optional<FileKind> detected = FileKindDetector.detect(received.head(), temp);
            if (detected.isEmpty()) {
                String name = FileNames.clean(originalName, null, messages.fallbackBaseName());
                throw rejected(Reason.KIND_NOT_ALLOWED, "files.rejected.unrecognised", messages.kindNames(allowed), name);
            }
            FileKind kind = detected.get();
            String name = FileNames.clean(originalName, kind, messages.fallbackBaseName());
            if (!allowed.contains(kind)) {
                throw rejected(Reason.KIND_NOT_ALLOWED, "files.rejected.kind-not-allowed",
                        messages.kindNames(allowed), name, messages.kindName(kind));
            }
            blobs.keep(temp, received.sha256(), received.size());

            // The database keeps microseconds; the returned record equals what find() reads back.
            Instant storedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long id = records.insert(received.sha256(), received.size(), kind, name, storedBy, storedAt);
            audit.record(AuditRecord.of("files.stored").target("file", id)
                    .detail("name", name).detail("kind", kind.name()).detail("size", received.size())
                    .detail("sha256", received.sha256()).detail("storedBy", storedBy).build());
            return new StoredFile(id, name, kind, received.size(), received.sha256(), storedBy, storedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload in " + blobs.root(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return records.find(id);
    }

    @Override
    public byte[] read(long id) {
        StoredFile file = records.find(id).orElseThrow(() -> new NoSuchElementException("no stored file " + id));
        Path blob = blobs.pathOf(file.sha256());
        byte[] bytes;
        try {
            if (!Files.isRegularFile(blob)) {
                throw damaged(file, blob, "the blob is missing");
            }
            long size = Files.size(blob);
            if (size != file.size()) {
                throw damaged(file, blob, "the blob has " + size + " bytes instead of " + file.size());
            }
            bytes = Files.readAllBytes(blob);
        } catch (IOException e) {
            throw damaged(file, blob, "the blob cannot be read (" + e + ")");
        }
        String actual = HexFormat.of().formatHex(BlobDirectory.sha256().digest(bytes));
        if (!actual.equals(file.sha256())) {
            throw damaged(file, blob, "its SHA-256 is now " + actual);
        }
        return bytes;
    }

    @Override
    public long maxFileSize() {
        return limits.maxFileSize().toBytes();
    }

    /** Copies at most limit + 1 bytes: enough to know that a file is too large, never more. */
    private Received receive(InputStream content, Path temp) throws IOException {
        long limit = maxFileSize();
        MessageDigest digest = BlobDirectory.sha256();
        byte[] head = new byte[0];
        long total = 0;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            while (true) {
                int wanted = (int) Math.min(buffer.length, limit + 1 - total);
                int n = content.read(buffer, 0, wanted);
                if (n < 0) {
                    break;
                }
                if (head.length < FileKindDetector.HEAD_LENGTH) {
                    int more = (int) Math.min(FileKindDetector.HEAD_LENGTH - head.length, n);
                    byte[] longer = Arrays.copyOf(head, head.length + more);
                    System.arraycopy(buffer, 0, longer, head.length, more);
                    head = longer;
                }
                total += n;
                if (total > limit) {
                    throw rejected(Reason.TOO_LARGE, "files.rejected.too-large", limits.maxFileSizeText());
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            // On disk before it is recorded: a crash after the commit must not leave a record without its bytes.
            channel.force(true);
        }
        return new Received(HexFormat.of().formatHex(digest.digest()), total, head);
    }

    private FileRejectedException rejected(Reason reason, String key, Object... arguments) {
        return new FileRejectedException(reason, key, arguments, messages.text(key, arguments));
    }

    private DamagedFileException damaged(StoredFile file, Path blob, String what) {
        log.error("Stored file {} (\"{}\", {} bytes, SHA-256 {}) is damaged: {}. Path: {}. It is not served; "
                        + "restore the blob from the backup of the storage directory.",
                file.id(), file.name(), file.size(), file.sha256(), what, blob);
        return new DamagedFileException(file.id(), messages.text("files.damaged", file.name()));
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log.warn("Could not remove the temporary file {}: {}", temp, e.getMessage());
        }
    }

    private record Received(String sha256, long size, byte[] head) {
    }
}
