package cn.gov.hubei.jxt.pilot.demo;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Draws the demo application's files at start instead of shipping binaries: block diagrams (boxes joined by arrows
 * with a caption), a scanned-looking 真实性承诺 page with a red seal as a one-page PDF, and a credit report as a PNG.
 * Chinese labels need a CJK font; when the machine has none the Latin labels are drawn, so a bare server still
 * starts with complete demo data.
 */
final class DemoImages {

    private static final String CJK_PROBE = "图工厂网络架构真实性承诺";

    /** Scans are JPEG, as a scanner makes them (and a tenth of the time a lossless page takes to compress). */
    private static final float SCAN_QUALITY = 0.8f;

    private final Optional<String> cjkFamily;

    DemoImages() {
        this.cjkFamily = CjkFamily.FOUND;
    }

    /** Looked up once: listing the machine's font families loads every font. */
    private static final class CjkFamily {
        static final Optional<String> FOUND = findCjkFamily();
    }

    /** Whether Chinese text can be drawn; otherwise the Latin alternatives are. */
    boolean drawsChinese() {
        return cjkFamily.isPresent();
    }

    private static Optional<String> findCjkFamily() {
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            // The logical families map to whatever the system has; prefer a real CJK family when one is installed.
            return Arrays.stream(families)
                    .filter(f -> !f.equals("Dialog") && !f.equals("DialogInput") && !f.equals("Monospaced")
                            && !f.equals("Serif") && !f.equals("SansSerif"))
                    .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(CJK_PROBE) == -1)
                    .findFirst();
        } catch (Throwable e) { // no font configuration at all on a minimal JRE
            return Optional.empty();
        }
    }

    private Font font(int style, int size) {
        return new Font(cjkFamily.orElse(Font.SANS_SERIF), style, size);
    }

    /** A left-to-right chain of labelled boxes joined by arrows, with the caption under it, as PNG. */
    byte[] blockDiagram(List<String> labels, String caption) {
        int boxWidth = 170;
        int boxHeight = 70;
        int gap = 50;
        int width = labels.size() * boxWidth + (labels.size() - 1) * gap + 80;
        int height = 260;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        int top = 70;
        for (int i = 0; i < labels.size(); i++) {
            int x = 40 + i * (boxWidth + gap);
            g.setColor(new Color(0xE7F0FA));
            g.fillRoundRect(x, top, boxWidth, boxHeight, 14, 14);
            g.setColor(new Color(0x1F4E79));
            g.setStroke(new BasicStroke(2f));
            g.drawRoundRect(x, top, boxWidth, boxHeight, 14, 14);
            g.setFont(font(Font.BOLD, 15));
            centred(g, labels.get(i), x + boxWidth / 2, top + boxHeight / 2);
            if (i < labels.size() - 1) {
                arrow(g, x + boxWidth + 4, x + boxWidth + gap - 4, top + boxHeight / 2);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(font(Font.PLAIN, 18));
        centred(g, caption, width / 2, top + boxHeight + 80);
        g.dispose();
        return png(image);
    }

    /** The signed and stamped 真实性承诺 page as a one-page A4 PDF holding the "scan". */
    byte[] commitmentPdf(String enterpriseName, String projectName, String date) {
        BufferedImage scan = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB); // A4 at 150 dpi
        Graphics2D g = start(scan);
        g.setColor(Color.BLACK);
        boolean zh = drawsChinese();
        g.setFont(font(Font.BOLD, 48));
        centred(g, zh ? "真实性承诺" : "Declaration of Authenticity", 620, 220);
        g.setFont(font(Font.PLAIN, 30));
        List<String> lines = zh
                ? List.of("我单位申报的" + projectName + "，",
                "所提交的申报材料及相关附件均真实、准确、完整，",
                "不存在弄虚作假行为。如有不实，愿承担相应责任。",
                "", "法定代表人（签字）：李建国", "", "申报单位（盖章）：" + enterpriseName, "", date)
                : List.of("We declare that the application", projectName.isEmpty() ? "" : "(demo project)",
                "and all attachments are true, accurate and complete.", "", "Legal representative: Li Jianguo",
                "", "Applicant (seal): Demo Enterprise", "", date);
        int y = 380;
        for (String line : lines) {
            g.drawString(line, 150, y);
            y += 62;
        }
        seal(g, 900, 860, zh ? enterpriseName : "DEMO SEAL");
        g.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(document, scan, SCAN_QUALITY);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scan of a printed, stamped 推荐项目汇总表 (附件2): A4 landscape, title, division line, the six columns with
     * the ranked rows, the note on ranking and the recommender's seal.
     *
     * @param rows per row: 项目名称, 企业名称, 联系人, 联系方式, 备注
     */
    byte[] summaryScanPdf(String title, String division, List<List<String>> rows, String date) {
        BufferedImage scan = new BufferedImage(1754, 1240, BufferedImage.TYPE_INT_RGB); // A4 landscape at 150 dpi
        Graphics2D g = start(scan);
        g.setColor(Color.BLACK);
        boolean zh = drawsChinese();
        g.setFont(font(Font.BOLD, 40));
        centred(g, zh ? title : "Summary table of recommended projects", 877, 150);
        g.setFont(font(Font.PLAIN, 28));
        g.drawString(zh ? "推荐单位（盖章）：" + division : "Recommender (seal): demo division", 120, 230);
        int[] widths = {90, 480, 400, 150, 300, 134}; // 1554 px of the 1754, margins of 100
        String[] header = zh ? new String[]{"序号", "项目名称", "企业名称", "联系人", "联系方式", "备注"}
                : new String[]{"No.", "Project", "Enterprise", "Contact", "Telephone", "Remark"};
        int x0 = 100;
        int y = 260;
        int rowHeight = 56;
        int printed = Math.max(rows.size(), 8);
        for (int r = -1; r < printed; r++) {
            int x = x0;
            for (int c = 0; c < widths.length; c++) {
                g.drawRect(x, y, widths[c], rowHeight);
                String text;
                if (r < 0) {
                    text = header[c];
                } else if (r >= rows.size()) {
                    text = "";
                } else {
                    text = c == 0 ? String.valueOf(r + 1) : zh ? rows.get(r).get(c - 1) : "—";
                }
                g.setFont(font(r < 0 ? Font.BOLD : Font.PLAIN, 22));
                g.drawString(fit(g, text == null ? "" : text, widths[c] - 16), x + 8, y + 36);
                x += widths[c];
            }
            y += rowHeight;
        }
        g.setFont(font(Font.PLAIN, 26));
        g.drawString(zh ? "注：推荐试点示范项目排名有先后。" : "Note: the projects are ranked.", 120, y + 60);
        g.drawString(date, 1400, y + 60);
        seal(g, 1350, y - 40, zh ? division + "经济和信息化局" : "DEMO SEAL");
        g.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(landscape);
            document.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(document, scan, SCAN_QUALITY);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, landscape.getWidth(), landscape.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, cut with an ellipsis so that it fits {@code width} pixels. */
    private static String fit(Graphics2D g, String text, int width) {
        if (g.getFontMetrics().stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && g.getFontMetrics().stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** A screenshot-like 信用中国 query result: the enterprise has no record of dishonesty. */
    byte[] creditReport(String enterpriseName, String creditCode, String date) {
        BufferedImage image = new BufferedImage(1000, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        boolean zh = drawsChinese();
        g.setColor(new Color(0xB22222));
        g.fillRect(0, 0, 1000, 80);
        g.setColor(Color.WHITE);
        g.setFont(font(Font.BOLD, 32));
        g.drawString(zh ? "信用中国 · 信用信息查询结果" : "Credit China - query result", 40, 52);
        g.setColor(Color.BLACK);
        g.setFont(font(Font.PLAIN, 24));
        List<String> lines = zh
                ? List.of("企业名称：" + enterpriseName, "统一社会信用代码：" + creditCode,
                "严重失信主体名单：无", "行政处罚信息：无", "经营异常名录：无", "查询日期：" + date)
                : List.of("Enterprise: demo enterprise", "Credit code: " + creditCode, "Serious dishonesty: none",
                "Administrative penalties: none", "Abnormal operation: none", "Date: " + date);
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 60, y);
            y += 60;
        }
        g.dispose();
        return png(image);
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static void centred(Graphics2D g, String text, int cx, int cy) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, cx - m.stringWidth(text) / 2, cy + (m.getAscent() - m.getDescent()) / 2);
    }

    private static void arrow(Graphics2D g, int x1, int x2, int y) {
        g.setColor(new Color(0x1F4E79));
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(x1, y, x2 - 10, y);
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y);
        head.lineTo(x2 - 12, y - 7);
        head.lineTo(x2 - 12, y + 7);
        head.closePath();
        g.fill(head);
    }

    /** A round red seal with the name along the inside of the ring and a star in the middle. */
    private void seal(Graphics2D g, int cx, int cy, String name) {
        g.setColor(new Color(220, 30, 30, 210));
        g.setStroke(new BasicStroke(8f));
        int r = 150;
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2.0 * r, 2.0 * r));
        g.setFont(font(Font.BOLD, 26));
        int n = name.codePointCount(0, name.length());
        double span = Math.toRadians(240);
        double startAngle = Math.toRadians(-90) - span / 2;
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < n; i++) {
            double angle = startAngle + span * (i + 0.5) / n;
            Graphics2D rotated = (Graphics2D) g.create();
            rotated.translate(cx + Math.cos(angle) * (r - 32), cy + Math.sin(angle) * (r - 32));
            rotated.rotate(angle + Math.PI / 2);
            String glyph = new String(cps, i, 1);
            rotated.drawString(glyph, -rotated.getFontMetrics().stringWidth(glyph) / 2, 10);
            rotated.dispose();
        }
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = Math.toRadians(-90 + i * 36);
            double radius = i % 2 == 0 ? 40 : 16;
            double x = cx + Math.cos(a) * radius;
            double y = cy + Math.sin(a) * radius;
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
