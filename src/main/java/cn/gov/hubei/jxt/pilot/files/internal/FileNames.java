package cn.gov.hubei.jxt.pilot.files.internal;

import cn.gov.hubei.jxt.pilot.files.FileKind;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cleans the name an uploader's computer gave a file, so that it is safe to show in a page, to put in a
 * Content-Disposition header and to save on Windows, macOS or Linux when downloaded: never a path, never a control or
 * direction-changing character (「invoice‮fdp.exe」 would read as 「invoiceexe.pdf」), never empty, and always ending with
 * the extension of the kind the content really is, so a renamed file cannot open in the wrong program.
 */
final class FileNames {

    /** Code points, extension included: long enough for any real title, short enough for every file system. */
    static final int MAX_LENGTH = 120;

    /** A longer "extension" is part of the name (「2024.第一季度报告」 has no extension). */
    private static final int MAX_EXTENSION_LENGTH = 10;

    private static final String ILLEGAL_ON_WINDOWS = "\\/:*?\"<>|";

    private static final Set<String> RESERVED_ON_WINDOWS = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /** Extensions that mean the same kind; a name with one of them keeps it as typed. */
    private static final Map<FileKind, Set<String>> EXTENSIONS = Map.of(
            FileKind.PDF, Set.of("pdf"),
            FileKind.PNG, Set.of("png"),
            FileKind.JPEG, Set.of("jpg", "jpeg", "jpe", "jfif"),
            FileKind.DOCX, Set.of("docx"),
            FileKind.XLSX, Set.of("xlsx"));

    private FileNames() {
    }

    /**
     * @param original     the name as received; may be {@code null}
     * @param kind         the kind recognised from the content, or {@code null} when the file was not recognised
     *                     (the name is then only cleaned, for the refusal message)
     * @param fallbackBase the name used when nothing is left, e.g. 「文件」
     */
    static String clean(String original, FileKind kind, String fallbackBase) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = afterLastSeparator(name);
        name = withoutInvisibleCharacters(name);
        name = withIllegalCharactersReplaced(name);
        name = name.replaceAll("\\s+", " ");
        name = trimDotsAndSpaces(name);

        String base = name;
        String extension = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot - 1 <= MAX_EXTENSION_LENGTH && dot < name.length() - 1) {
            base = name.substring(0, dot);
            extension = name.substring(dot + 1);
        }
        if (kind != null && !EXTENSIONS.get(kind).contains(extension.toLowerCase(Locale.ROOT))) {
            // The typed extension stays part of the name (「setup.exe.pdf」): it tells the uploader which file it was.
            base = extension.isEmpty() ? base : base + "." + extension;
            extension = kind.extension();
        }
        base = trimDotsAndSpaces(base);
        if (RESERVED_ON_WINDOWS.contains(base.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        String suffix = extension.isEmpty() ? "" : "." + extension;
        int room = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
        if (base.codePointCount(0, base.length()) > room) {
            base = trimDotsAndSpaces(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        if (base.isEmpty()) {
            base = fallbackBase;
        }
        return base + suffix;
    }

    private static String afterLastSeparator(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return cut < 0 ? name : name.substring(cut + 1);
    }

    /** Control characters, format characters (bidirectional overrides, zero-width joiners…) and lone surrogates. */
    private static String withoutInvisibleCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR) {
                kept.appendCodePoint(cp);
            }
        });
        return kept.toString();
    }

    private static String withIllegalCharactersReplaced(String name) {
        StringBuilder replaced = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> replaced.appendCodePoint(ILLEGAL_ON_WINDOWS.indexOf(cp) >= 0 ? '_' : cp));
        return replaced.toString();
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start))
                || Character.isSpaceChar(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1))
                || Character.isSpaceChar(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }
}
