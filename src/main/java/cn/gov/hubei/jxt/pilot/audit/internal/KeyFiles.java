package cn.gov.hubei.jxt.pilot.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/** Writing a secret file readable by its owner only (where the file system knows POSIX permissions). */
final class KeyFiles {

    private KeyFiles() {
    }

    /** Writes the text to a new file; fails when the file exists already (never overwrites a key). */
    static void writeSecret(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, EnumSet.of(StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING).toArray(StandardOpenOption[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file " + file + ": " + e.getMessage(), e);
        }
    }

    static void writePublic(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }
}
