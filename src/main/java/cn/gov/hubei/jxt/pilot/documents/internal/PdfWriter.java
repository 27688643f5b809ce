package cn.gov.hubei.jxt.pilot.documents.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes the laid-out 申报书 as PDF through openhtmltopdf, embedding (subsets of) the Chinese fonts found. The output
 * depends on the model and the installed fonts only: dates in the PDF's properties come from the model and its
 * file identifier from the content, so the same version renders the same bytes on the same server.
 */
public final class PdfWriter {

    private final ZoneId zone;

    /** @param zone the zone in which the document's date is a calendar day (the clock's) */
    public PdfWriter(ZoneId zone) {
        this.zone = zone;
    }

    /** Ascent and descent in thousandths of the font size, the same for every face. */
    private static final float ASCENT = 800;
    private static final float DESCENT = -200;

    private final XhtmlWriter xhtml = new XhtmlWriter();

    /**
     * The PDF's bytes.
     *
     * @param fonts the usable fonts; at least one
     */
    public byte[] write(List<Block> blocks, String title, String author, LocalDate created,
                        List<CjkFonts.Font> fonts) {
        return render(families -> xhtml.write(blocks, title, new XhtmlWriter.FontFamilies(
                families.list(CjkFonts.Role.FANGSONG, CjkFonts.Role.SONGTI, CjkFonts.Role.KAITI,
                        CjkFonts.Role.HEITI),
                families.list(CjkFonts.Role.HEITI, CjkFonts.Role.SONGTI, CjkFonts.Role.FANGSONG,
                        CjkFonts.Role.KAITI),
                families.list(CjkFonts.Role.KAITI, CjkFonts.Role.FANGSONG, CjkFonts.Role.SONGTI,
                        CjkFonts.Role.HEITI),
                families.list(CjkFonts.Role.SONGTI, CjkFonts.Role.FANGSONG, CjkFonts.Role.HEITI,
                        CjkFonts.Role.KAITI))), title, author, created, fonts);
    }

    /** The CSS font-family lists the page may use, of the fonts embedded in this document. */
    interface Families {

        /** The faces in this order of preference, then every other Chinese font, glyph by glyph. */
        String list(CjkFonts.Role... preference);
    }

    /**
     * The PDF of an XHTML page that names its fonts through the given {@link Families}.
     *
     * @param fonts the usable fonts; at least one
     */
    byte[] render(java.util.function.Function<Families, String> pageOf, String title, String author,
                  LocalDate created, List<CjkFonts.Font> fonts) {
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("at least one font is needed");
        }
        List<CjkFonts.Parsed> borrowed = new ArrayList<>();
        boolean saved = false;
        try (PDDocument document = new PDDocument()) {
            Map<CjkFonts.Role, List<String>> families = new EnumMap<>(CjkFonts.Role.class);
            List<String> others = new ArrayList<>();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            int n = 0;
            for (CjkFonts.Font font : fonts) {
                String family = "pilot-font-" + (++n);
                // every face under its own name: the renderer falls back glyph by glyph along a family list
                CjkFonts.Parsed parsed = font.borrow();
                borrowed.add(parsed);
                PDType0Font face = PDType0Font.load(document, parsed.font(), true);
                // one ascent and descent for all faces (those of the 仿宋: 0.8 and 0.2 em), so that a line holding a
                // glyph of a fallback face is as high as any other: every line then has exactly its line height, as
                // in the .docx, and both break their pages alike
                face.getFontDescriptor().setAscent(ASCENT);
                face.getFontDescriptor().setDescent(DESCENT);
                builder.useFont(new PDFontSupplier(face), family);
                if (font.role() == CjkFonts.Role.OTHER) {
                    others.add(family);
                } else {
                    families.computeIfAbsent(font.role(), r -> new ArrayList<>()).add(family);
                }
            }
            String page = pageOf.apply(preference -> familyList(families, others, preference));
            builder.usePDDocument(document);
            builder.withHtmlContent(page, null);
            // the page embeds everything it needs; it must never make the server fetch anything else
            for (ExternalResourceControlPriority priority : ExternalResourceControlPriority.values()) {
                builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        priority);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            properties(document, title, author, created, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            document.save(out);
            saved = true;
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        } finally {
            // the faces are read while the document is saved (subsetting): given back only now, for the next document
            boolean reusable = saved;
            borrowed.forEach(parsed -> parsed.release(reusable));
        }
    }

    /** The preferred faces first, then the other Chinese fonts: the renderer falls back glyph by glyph. */
    private static String familyList(Map<CjkFonts.Role, List<String>> families, List<String> others,
                                     CjkFonts.Role... preference) {
        List<String> list = new ArrayList<>();
        Arrays.stream(preference).map(families::get).filter(f -> f != null).forEach(list::addAll);
        list.addAll(others);
        return String.join(", ", list.stream().map(f -> "'" + f + "'").toList());
    }

    private void properties(PDDocument document, String title, String author, LocalDate created,
                                   String page) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer(null);
        info.setCreator(null);
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone(zone));
        date.setTimeInMillis(created == null ? 0 : created.atStartOfDay(zone).toInstant().toEpochMilli());
        info.setCreationDate(date);
        info.setModificationDate(date);
        // without an identifier PDFBox derives one from the clock; this one derives from the content instead
        byte[] id = Arrays.copyOf(sha256(page), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
