package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.documents.DocumentsProperties;
import cn.gov.hubei.jxt.pilot.documents.PdfFontUnavailableException;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The certificate as PDF in an official layout: A4 lying, a double border, the title 湖北省智能制造试点示范项目, the
 * unit, the project, the document number, the validity, 湖北省经济和信息化厅 with the date, the serial and a QR code of
 * the public verification address. Drawn with PDFBox; the Chinese fonts are those configured for the documents
 * ({@code app.documents.fonts}, the same files the 申报书's PDF embeds), embedded as subsets, each line falling back to
 * the next font when one lacks a glyph. The QR code is drawn as vector squares, so it prints sharp at any size.
 */
@Component
class CertificatePdf {

    /** What the certificate prints. */
    record Content(String serial, String enterpriseName, String projectName, String documentNumber,
                   LocalDate validFrom, LocalDate validUntil, LocalDate issuedOn, String verificationUrl) {
    }

    private static final Color RED = new Color(0xA0, 0x10, 0x1E);
    private static final Color INK = new Color(0x20, 0x20, 0x20);

    private final List<Path> fonts;

    CertificatePdf(DocumentsProperties properties) {
        this.fonts = properties.fontPaths();
    }

    byte[] render(Content c) {
        try (PDDocument document = new PDDocument()) {
            List<AutoCloseable> open = new ArrayList<>();
            try {
                List<Face> faces = load(document, open);
                String body = "单位名称：项目名称：认定文号：有 效 期：至证书编号：扫描二维码核验证书状态"
                        + "经认定，该项目为湖北省智能制造试点示范项目，特发此证。" + c.enterpriseName() + c.projectName()
                        + c.documentNumber() + chinese(c.validFrom()) + chinese(c.validUntil())
                        + chinese(c.issuedOn()) + c.serial();
                // one face for the whole text where one has every glyph: the lines never change face
                List<PDType0Font> heiFirst = coveringFirst(ordered(faces, XBS, HEI, SONG, FANG, KAI),
                        "湖北省智能制造试点示范项目证　书湖北省经济和信息化厅");
                List<PDType0Font> fangFirst = coveringFirst(ordered(faces, FANG, SONG, KAI, HEI), body);
                PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
                PDPage page = new PDPage(a4);
                document.addPage(page);
                float w = a4.getWidth();
                float h = a4.getHeight();
                try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                    s.setStrokingColor(RED);
                    s.setLineWidth(4f);
                    s.addRect(22, 22, w - 44, h - 44);
                    s.stroke();
                    s.setLineWidth(1f);
                    s.addRect(32, 32, w - 64, h - 64);
                    s.stroke();

                    centred(s, heiFirst, 34, RED, "湖北省智能制造试点示范项目", w, h - 110);
                    centred(s, heiFirst, 22, INK, "证　书", w, h - 150);

                    float x = 110;
                    float y = h - 210;
                    y = field(s, fangFirst, "单位名称：", c.enterpriseName(), x, y, w - 2 * x);
                    y = field(s, fangFirst, "项目名称：", c.projectName(), x, y, w - 2 * x);
                    y = field(s, fangFirst, "认定文号：", c.documentNumber(), x, y, w - 2 * x);
                    field(s, fangFirst, "有 效 期：", chinese(c.validFrom()) + "至" + chinese(c.validUntil()), x, y,
                            w - 2 * x);

                    text(s, fangFirst, 14, INK, "经认定，该项目为湖北省智能制造试点示范项目，特发此证。", x, 185);
                    float right = w - 110;
                    String issuer = "湖北省经济和信息化厅";
                    text(s, heiFirst, 18, INK, issuer, right - width(fangFirst, issuer, 18), 130);
                    String date = chinese(c.issuedOn());
                    text(s, fangFirst, 16, INK, date, right - width(fangFirst, date, 16), 104);

                    qr(s, c.verificationUrl(), 62, 78, 92);
                    text(s, fangFirst, 11, INK, "证书编号：" + c.serial(), 164, 138);
                    text(s, fangFirst, 11, INK, "扫描二维码核验证书状态", 164, 120);
                }
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle("湖北省智能制造试点示范项目证书 " + c.serial());
                info.setAuthor("湖北省经济和信息化厅");
                info.setProducer(null);
                info.setCreator(null);
                Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"), Locale.ROOT);
                created.clear();
                created.set(c.issuedOn().getYear(), c.issuedOn().getMonthValue() - 1, c.issuedOn().getDayOfMonth());
                info.setCreationDate(created);
                ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
                document.save(out);
                return out.toByteArray();
            } finally {
                for (AutoCloseable font : open) {
                    try {
                        font.close();
                    } catch (Exception ignored) {
                        // parsed from files read once; nothing else held
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate could not be written", e);
        }
    }

    /** 2026年6月10日 */
    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A loaded face and the file name it came from (which tells 黑体 from 仿宋). */
    private record Face(String file, PDType0Font font) {
    }

    private List<Face> load(PDDocument document, List<AutoCloseable> open) {
        List<Face> faces = new ArrayList<>();
        for (Path path : fonts) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!Files.isReadable(path) || !(name.endsWith(".ttf") || name.endsWith(".ttc"))) {
                continue;
            }
            try {
                PDType0Font face;
                if (name.endsWith(".ttc")) {
                    TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                    open.add(collection);
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    if (first[0] == null) {
                        continue;
                    }
                    face = PDType0Font.load(document, first[0], true);
                } else {
                    face = PDType0Font.load(document, path.toFile());
                }
                face.encode("中");
                faces.add(new Face(name, face));
            } catch (IOException | IllegalArgumentException e) {
                // not a Chinese TrueType font (or CFF outlines): skipped, as the documents do
            }
        }
        if (faces.isEmpty()) {
            throw new PdfFontUnavailableException("no Chinese font can be embedded in the certificate", fonts);
        }
        return faces;
    }

    /** The faces, told by their file names as the documents tell them. */
    private static final List<String> XBS = List.of("xiaobiaosong", "fzxbs");
    private static final List<String> FANG = List.of("fang", "cwfs");
    private static final List<String> SONG = List.of("song", "gbsn", "simsun", "uming");
    private static final List<String> KAI = List.of("kai");
    private static final List<String> HEI = List.of("hei", "wqy", "droid");

    /** The faces in this order of preference (by file name), then every other one in the configured order. */
    @SafeVarargs
    private static List<PDType0Font> ordered(List<Face> faces, List<String>... preference) {
        List<PDType0Font> ordered = new ArrayList<>();
        for (List<String> hints : preference) {
            for (Face face : faces) {
                if (!ordered.contains(face.font()) && hints.stream().anyMatch(face.file()::contains)) {
                    ordered.add(face.font());
                }
            }
        }
        faces.stream().map(Face::font).filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    private static float field(PDPageContentStream s, List<PDType0Font> faces, String label, String value, float x,
                               float y, float maxWidth) throws IOException {
        float size = 18;
        text(s, faces, size, INK, label, x, y);
        float labelWidth = width(faces, label, size);
        List<String> lines = wrap(faces, value == null ? "" : value, size, maxWidth - labelWidth);
        for (String line : lines) {
            text(s, faces, size, INK, line, x + labelWidth, y);
            y -= 30;
        }
        return y - 4;
    }

    private static List<String> wrap(List<PDType0Font> faces, String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (line.length() > 0 && width(faces, next, size) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void centred(PDPageContentStream s, List<PDType0Font> faces, float size, Color colour,
                                String text, float pageWidth, float y) throws IOException {
        text(s, faces, size, colour, text, (pageWidth - width(faces, text, size)) / 2, y);
    }

    /** Writes the text in runs, each in the first face that has its glyphs; a glyph none has is left out. */
    private static void text(PDPageContentStream s, List<PDType0Font> faces, float size, Color colour, String text,
                             float x, float y) throws IOException {
        s.setNonStrokingColor(colour);
        float at = x;
        for (Run run : runs(faces, text)) {
            s.beginText();
            s.setFont(run.face(), size);
            s.newLineAtOffset(at, y);
            s.showText(run.text());
            s.endText();
            at += run.face().getStringWidth(run.text()) / 1000 * size;
        }
    }

    private static float width(List<PDType0Font> faces, String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(faces, text)) {
            width += run.face().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    private record Run(PDType0Font face, String text) {
    }

    private static List<Run> runs(List<PDType0Font> faces, String text) {
        // one face for the whole line when one has every glyph: a line never mixes faces needlessly
        for (PDType0Font face : faces) {
            if (covers(face, text)) {
                return text.isEmpty() ? List.of() : List.of(new Run(face, text));
            }
        }
        List<Run> runs = new ArrayList<>();
        PDType0Font current = null;
        StringBuilder buffer = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            PDType0Font face = faceFor(faces, ch);
            if (face == null) {
                continue;
            }
            if (face != current && buffer.length() > 0) {
                runs.add(new Run(current, buffer.toString()));
                buffer.setLength(0);
            }
            current = face;
            buffer.append(ch);
        }
        if (buffer.length() > 0) {
            runs.add(new Run(current, buffer.toString()));
        }
        return runs;
    }

    /** The faces with the first that has every glyph of {@code text} moved to the front. */
    private static List<PDType0Font> coveringFirst(List<PDType0Font> faces, String text) {
        for (PDType0Font face : faces) {
            if (covers(face, text)) {
                List<PDType0Font> ordered = new ArrayList<>();
                ordered.add(face);
                faces.stream().filter(f -> f != face).forEach(ordered::add);
                return ordered;
            }
        }
        return faces;
    }

    private static boolean covers(PDType0Font face, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!has(face, new String(Character.toChars(cp)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean has(PDType0Font face, String ch) {
        try {
            face.encode(ch);
            return ch.codePointAt(0) <= ' ' || face.getStringWidth(ch) > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PDType0Font faceFor(List<PDType0Font> faces, String ch) {
        for (PDType0Font face : faces) {
            if (has(face, ch)) {
                return face;
            }
        }
        return null;
    }

    private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("the verification address does not fit a QR code: " + url, e);
        }
        int n = matrix.getWidth();
        float module = size / n;
        // a quiet zone of white around it, whatever is printed under the page
        s.setNonStrokingColor(Color.WHITE);
        s.addRect(x - 4 * module, y - 4 * module, size + 8 * module, size + 8 * module);
        s.fill();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        s.fill();
    }
}
