package cn.gov.hubei.jxt.pilot.files.internal;

import cn.gov.hubei.jxt.pilot.files.FileKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises a file's kind from its content, never from its name. PDF, PNG and JPEG by their signatures; .docx and
 * .xlsx are ZIP packages (Office Open XML), recognised by the main part their {@code [Content_Types].xml} declares and
 * the part itself being there. Macro-enabled packages (.docm, .xlsm, or any package carrying a {@code vbaProject.bin})
 * are not recognised: they declare other content types, and the project part is refused explicitly besides.
 *
 * <p>A ZIP is read defensively: only the central directory's names and the one small {@code [Content_Types].xml}
 * part are looked at, with caps on both, so a crafted archive (millions of entries, a part that inflates to gigabytes)
 * costs nothing but a refusal.
 */
final class FileKindDetector {

    /** Enough for any real document (a .docx with a hundred figures has a few hundred parts). */
    static final int MAX_ZIP_ENTRIES = 10_000;

    /** A real [Content_Types].xml is one or two kilobytes. */
    static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;

    /** The longest signature we compare. */
    static final int HEAD_LENGTH = 8;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private FileKindDetector() {
    }

    /**
     * @param head the first bytes of the file ({@link #HEAD_LENGTH} or fewer when the file is shorter)
     * @param file the whole file, opened only when the head says it is a ZIP
     */
    static Optional<FileKind> detect(byte[] head, Path file) {
        if (startsWith(head, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return officePackage(file);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officePackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            boolean contentTypes = false;
            boolean wordDocument = false;
            boolean workbook = false;
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                if (++count > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                String name = entries.nextElement().getName();
                contentTypes |= name.equals(CONTENT_TYPES);
                wordDocument |= name.equals("word/document.xml");
                workbook |= name.equals("xl/workbook.xml");
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    return Optional.empty();
                }
            }
            if (!contentTypes || wordDocument == workbook) {
                return Optional.empty();
            }
            String declared = readCapped(zip, zip.getEntry(CONTENT_TYPES));
            if (declared == null) {
                return Optional.empty();
            }
            if (wordDocument && declared.contains(DOCX_MAIN)) {
                return Optional.of(FileKind.DOCX);
            }
            if (workbook && declared.contains(XLSX_MAIN)) {
                return Optional.of(FileKind.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged or crafted archive is simply not one of the accepted kinds.
            return Optional.empty();
        }
    }

    /** The part as text, or {@code null} when it inflates beyond the cap. */
    private static String readCapped(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
            return bytes.length > MAX_CONTENT_TYPES_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
