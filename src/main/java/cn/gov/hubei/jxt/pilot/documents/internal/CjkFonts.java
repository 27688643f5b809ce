package cn.gov.hubei.jxt.pilot.documents.internal;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the Chinese fonts the PDF can embed among the configured candidates and keeps them in memory. A usable font
 * is a TrueType font or collection (.ttf, .ttc) with glyphs for Chinese; OpenType fonts with CFF outlines (.otf, e.g.
 * Noto CJK) are skipped because the PDF renderer cannot embed them. Each font gets the face (仿宋, 黑体, 楷体, 宋体)
 * its file and family names tell, so that the body prints in 仿宋, level-1 headings in 黑体 and level-2 headings in
 * 楷体 (on Debian: cwTeX 仿宋, WenQuanYi Micro Hei, AR PL KaitiM GB; on Windows servers: simfang, simhei, simkai).
 *
 * <p>A font file is read and checked once per JVM (and again only if it changes on disk). Its bytes are not kept: a
 * face is parsed from the file when a document needs one more than are kept (the parser copies the whole file into
 * memory anyway, so keeping the bytes as well held every font twice, a collection three times), after checking that
 * the file is still the one checked; a parsed face is kept for the next document ({@link Font#borrow()}).
 */
public final class CjkFonts {

    private static final Logger log = LoggerFactory.getLogger(CjkFonts.class);
    private static final int SAMPLE = '中';

    /** The face a font file provides. */
    public enum Role {
        FANGSONG, HEITI, KAITI, SONGTI,
        /** 小标宋 (e.g. 方正小标宋简体), the face of titles; only titles use it, 黑体 standing in where it is missing. */
        XIAOBIAOSONG,
        OTHER
    }

    /**
     * A usable font, loaded.
     *
     * @param face     the PostScript name of the face to use; of a collection (.ttc) its first face with Chinese glyphs
     * @param size     the file's size when it was checked
     * @param modified the file's time of last modification when it was checked
     */
    public record Font(Path path, Role role, String face, boolean collection, long size, FileTime modified) {

        /**
         * A parsed face for one document at a time: one kept from an earlier document when there is one (parsing a
         * Chinese font of 5–20 MB for every PDF was most of a draft preview's time and memory), otherwise parsed now.
         * Give it back with {@link Parsed#release(boolean)} after the document is saved (its glyphs are read when the
         * embedded subset is written).
         */
        public Parsed borrow() throws IOException {
            Parsed kept = PARSED.computeIfAbsent(this, f -> new ConcurrentLinkedQueue<>()).poll();
            return kept != null ? kept : parseNew();
        }

        private Parsed parseNew() throws IOException {
            if (Files.size(path) != size || !Files.getLastModifiedTime(path).equals(modified)) {
                throw new IOException("font " + path + " changed on disk since it was checked");
            }
            PARSES.incrementAndGet();
            if (!collection) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path));
                return new Parsed(this, font, font);
            }
            TrueTypeCollection fonts = new TrueTypeCollection(path.toFile()); // one copy in memory, not two
            TrueTypeFont font = fonts.getFontByName(face);
            if (font == null) {
                fonts.close();
                throw new IOException("face " + face + " not found in " + path);
            }
            return new Parsed(this, font, fonts);
        }
    }

    /** A face parsed for documents: its font, the face, and what closes it (the face, or its collection). */
    public record Parsed(Font of, TrueTypeFont font, java.io.Closeable owner) {

        /**
         * Keeps the face for the next document when this one was saved (at most {@link #KEPT_PER_FONT} of a font: as
         * many as documents are rendered at once); closes it otherwise, or when the document failed.
         */
        public void release(boolean documentSaved) {
            Queue<Parsed> pool = PARSED.computeIfAbsent(of, f -> new ConcurrentLinkedQueue<>());
            if (documentSaved && pool.size() < KEPT_PER_FONT) {
                pool.offer(this);
                return;
            }
            try {
                owner.close();
            } catch (IOException ignored) {
                // parsed from memory: nothing else to release
            }
        }
    }

    /** How many parsed faces of one font are kept between documents: as many as are rendered at once. */
    static final int KEPT_PER_FONT = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Map<Font, Queue<Parsed>> PARSED = new ConcurrentHashMap<>();
    private static final AtomicInteger PARSES = new AtomicInteger();

    /** How many times a face has been parsed in this JVM (kept faces are parsed once). */
    static int facesParsed() {
        return PARSES.get();
    }

    private record Loaded(long size, FileTime modified, Optional<Font> font) {
    }

    /** Fonts read so far, for the whole JVM: several services (and tests) share one copy of each file. */
    private static final Map<Path, Loaded> LOADED = new ConcurrentHashMap<>();
    private static final AtomicInteger READS = new AtomicInteger();

    private final List<Path> candidates;

    public CjkFonts(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The usable fonts in the configured order; empty if none is installed. */
    public List<Font> usable() {
        List<Font> fonts = new ArrayList<>();
        for (Path path : candidates) {
            load(path).ifPresent(fonts::add);
        }
        return fonts;
    }

    public List<Path> candidates() {
        return candidates;
    }

    /** How many times a font file has been read in this JVM; a file is read again only when it changes. */
    static int filesRead() {
        return READS.get();
    }

    /** The face a font is, from its file name and its family name: 仿宋 FangSong, 黑体 Hei, 楷体 Kai, 宋体 Song/Ming. */
    static Role role(String fileName, String familyName) {
        String name = (fileName + " " + familyName).toLowerCase(Locale.ROOT);
        if (name.contains("xiaobiaosong") || name.contains("小标宋") || name.contains("fzxbs")) {
            return Role.XIAOBIAOSONG;
        }
        if (name.contains("fang") || name.contains("仿宋")) {
            return Role.FANGSONG;
        }
        if (name.contains("kai") || name.contains("楷")) {
            return Role.KAITI;
        }
        if (name.contains("hei") || name.contains("黑")) {
            return Role.HEITI;
        }
        if (name.contains("song") || name.contains("sung") || name.contains("simsun") || name.contains("ming")
                || name.contains("宋")) {
            return Role.SONGTI;
        }
        return Role.OTHER;
    }

    private static Optional<Font> load(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".ttf") || name.endsWith(".ttc")) || !Files.isRegularFile(path)
                || !Files.isReadable(path)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            FileTime modified = Files.getLastModifiedTime(path);
            Loaded known = LOADED.get(path);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return known.font();
            }
            synchronized (LOADED) {
                known = LOADED.get(path);
                if (known != null && known.size() == size && known.modified().equals(modified)) {
                    return known.font();
                }
                Optional<Font> font = read(path, name.endsWith(".ttc"), size, modified);
                if (font.isEmpty()) {
                    log.warn("Font {} is not usable for PDF (no Chinese glyphs, or CFF outlines); skipped", path);
                }
                LOADED.put(path, new Loaded(size, modified, font));
                return font;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Font {} cannot be read; skipped: {}", path, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<Font> read(Path path, boolean collection, long size, FileTime modified)
            throws IOException {
        byte[] data = Files.readAllBytes(path);
        READS.incrementAndGet();
        String file = path.getFileName().toString();
        if (!collection) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                return hasChineseGlyphs(font) ? Optional.of(new Font(path, role(file, family(font)), font.getName(),
                        false, size, modified)) : Optional.empty();
            }
        }
        Font[] chosen = new Font[1];
        try (TrueTypeCollection fonts = new TrueTypeCollection(new java.io.ByteArrayInputStream(data))) {
            fonts.processAllFonts(face -> {
                if (chosen[0] == null && hasChineseGlyphs(face)) {
                    chosen[0] = new Font(path, role(file, family(face)), face.getName(), true, size, modified);
                }
            });
        }
        return Optional.ofNullable(chosen[0]);
    }

    private static String family(TrueTypeFont font) throws IOException {
        var naming = font.getNaming();
        return naming == null || naming.getFontFamily() == null ? "" : naming.getFontFamily();
    }

    static boolean hasChineseGlyphs(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(SAMPLE) > 0;
    }
}
