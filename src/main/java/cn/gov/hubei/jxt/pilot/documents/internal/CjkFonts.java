package cn.gov.hubei.jxt.pilot.documents.internal;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds the Chinese fonts the PDF can embed among the configured candidates. A usable font is a TrueType font or
 * collection (.ttf, .ttc) with glyphs for Chinese; OpenType fonts with CFF outlines (.otf, e.g. Noto CJK) are skipped
 * because the PDF renderer cannot embed them. Each font gets the role its file name suggests (仿宋, 黑体, 楷体, 宋体)
 * so that headings and body text print in the intended faces where those fonts exist (on Windows servers: simfang,
 * simhei, simkai); any other Chinese font stands in for all of them.
 */
public final class CjkFonts {

    private static final Logger log = LoggerFactory.getLogger(CjkFonts.class);
    private static final int SAMPLE = '中';

    /** The face a font file provides. */
    public enum Role {
        FANGSONG, HEITI, KAITI, SONGTI, OTHER
    }

    /** A usable font file and its role. */
    public record Font(Path path, Role role) {
    }

    private record Checked(long size, FileTime modified, boolean usable) {
    }

    // checking a font parses its tables; the result is kept until the file changes
    private final Map<Path, Checked> checked = new ConcurrentHashMap<>();
    private final List<Path> candidates;

    public CjkFonts(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The usable fonts in the configured order; empty if none is installed. Looked up on every call (cheap). */
    public List<Font> usable() {
        List<Font> fonts = new ArrayList<>();
        for (Path path : candidates) {
            if (isUsable(path)) {
                fonts.add(new Font(path, role(path)));
            }
        }
        return fonts;
    }

    public List<Path> candidates() {
        return candidates;
    }

    static Role role(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("fang")) {
            return Role.FANGSONG;
        }
        if (name.contains("kai")) {
            return Role.KAITI;
        }
        if (name.contains("hei")) {
            return Role.HEITI;
        }
        if (name.contains("song") || name.contains("simsun")) {
            return Role.SONGTI;
        }
        return Role.OTHER;
    }

    private boolean isUsable(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".ttf") || name.endsWith(".ttc")) || !Files.isRegularFile(path)
                || !Files.isReadable(path)) {
            return false;
        }
        try {
            long size = Files.size(path);
            FileTime modified = Files.getLastModifiedTime(path);
            Checked known = checked.get(path);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return known.usable();
            }
            boolean usable = name.endsWith(".ttc") ? collectionIsUsable(path) : fontIsUsable(path);
            if (!usable) {
                log.warn("Font {} is not usable for PDF (no Chinese glyphs, or CFF outlines); skipped", path);
            }
            checked.put(path, new Checked(size, modified, usable));
            return usable;
        } catch (IOException | RuntimeException e) {
            log.warn("Font {} cannot be read; skipped: {}", path, e.toString());
            return false;
        }
    }

    private static boolean collectionIsUsable(Path path) throws IOException {
        AtomicBoolean usable = new AtomicBoolean();
        try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
            collection.processAllFonts(font -> {
                if (!usable.get() && hasChineseGlyphs(font)) {
                    usable.set(true);
                }
            });
        }
        return usable.get();
    }

    private static boolean fontIsUsable(Path path) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))) {
            return hasChineseGlyphs(font);
        }
    }

    static boolean hasChineseGlyphs(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(SAMPLE) > 0;
    }
}
