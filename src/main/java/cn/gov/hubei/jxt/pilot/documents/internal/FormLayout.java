package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.FigureFormat;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocument.Orientation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the .docx and the PDF of a {@link FormDocument} share: the page (A4 upright or lying, the margins of
 * GB/T 9704), the sizes of the title and of the tables, the printed size of a figure and the text of a signature
 * line. Each writer decides only how it writes them.
 */
final class FormLayout {

    /** Half-points: 二号 22 pt, 小二 18 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
    static final int SIZE_2 = 44;
    static final int SIZE_SMALL_2 = 36;
    static final int SIZE_3 = DocxWriter.SIZE_3;
    static final int SIZE_4 = DocxWriter.SIZE_4;
    static final int SIZE_SMALL_4 = DocxWriter.SIZE_SMALL_4;
    static final int SIZE_5 = 21;
    /** Lines to sign print in 四号, so that a label of seven characters, its rule and the date fill one line. */
    static final int SIGNATURE_SIZE = SIZE_4;
    /** A grid of this many columns or more prints in 五号 rather than 小四, so that its columns keep a useful width. */
    static final int MANY_COLUMNS = 8;
    /** The share of a {@link FormDocument.Fields} table its labels take, in percent. */
    static final int LABEL_PERCENT = 30;
    /** Room under a figure for its caption, in points: a figure never pushes its caption onto the next page. */
    static final double CAPTION_ROOM = 48;
    /** Room beside a cell's text in twips: the cell's margins (4 pt each side) and its rules. */
    static final int CELL_PADDING = 240;
    /** Excel's cells hold at most this many characters. */
    static final int MAX_CELL = 32_767;

    private final FormDocument document;

    FormLayout(FormDocument document) {
        this.document = document;
    }

    /** Refuses what no format can print: a grid without columns. */
    static FormDocument checked(FormDocument document) {
        for (FormDocument.Part part : document.parts()) {
            if (part instanceof FormDocument.Grid grid && grid.header().isEmpty()) {
                throw new IllegalArgumentException("a grid needs at least one column");
            }
            if (part instanceof FormDocument.Figure figure && format(figure.image()) == null) {
                throw new IllegalArgumentException("a figure must be a PNG or JPEG image");
            }
        }
        return document;
    }

    boolean landscape() {
        return document.orientation() == Orientation.LANDSCAPE;
    }

    /** The page's width in twips. */
    int pageWidth() {
        return landscape() ? PageGeometry.PAGE_HEIGHT : PageGeometry.PAGE_WIDTH;
    }

    int pageHeight() {
        return landscape() ? PageGeometry.PAGE_WIDTH : PageGeometry.PAGE_HEIGHT;
    }

    /** The width between the margins in twips; the margins stay those of GB/T 9704 whichever way the page lies. */
    int textWidth() {
        return pageWidth() - PageGeometry.MARGIN_LEFT - PageGeometry.MARGIN_RIGHT;
    }

    int textHeight() {
        return pageHeight() - PageGeometry.MARGIN_TOP - PageGeometry.MARGIN_BOTTOM;
    }

    /** Whether the document is a table (it holds a grid): title 小二 and lines under it 四号 rather than 二号 and 三号. */
    boolean tabular() {
        return document.parts().stream().anyMatch(p -> p instanceof FormDocument.Grid)
                && document.parts().stream().noneMatch(p -> p instanceof FormDocument.Closing);
    }

    int titleSize() {
        return tabular() ? SIZE_SMALL_2 : SIZE_2;
    }

    int subtitleSize() {
        return tabular() ? SIZE_4 : SIZE_3;
    }

    static int gridSize(FormDocument.Grid grid) {
        return grid.header().size() >= MANY_COLUMNS ? SIZE_5 : SIZE_SMALL_4;
    }

    /**
     * The columns' widths in twips, shared after the relative widths and adding up to the text width; a column too
     * narrow for the words of its heading (up to four characters, e.g. 排名, 是否推荐) is widened to hold them, at the
     * expense of the columns wider than they need.
     */
    int[] columns(FormDocument.Grid grid) {
        List<Integer> relative = grid.relativeWidths();
        int n = relative.size();
        int total = 0;
        for (int w : relative) {
            total += Math.max(1, w);
        }
        int[] widths = new int[n];
        int[] least = new int[n];
        int size = gridSize(grid);
        for (int i = 0; i < n; i++) {
            widths[i] = (int) ((long) textWidth() * Math.max(1, relative.get(i)) / total);
            int characters = 0;
            for (String line : lines(grid.header().get(i))) {
                characters = Math.max(characters, line.codePointCount(0, line.length()));
            }
            least[i] = Math.min(textWidth() / n, Math.min(4, characters) * size * 10 + CELL_PADDING);
        }
        int deficit = 0;
        int surplus = 0;
        for (int i = 0; i < n; i++) {
            deficit += Math.max(0, least[i] - widths[i]);
            surplus += Math.max(0, widths[i] - least[i]);
        }
        if (deficit > 0 && surplus > 0) {
            int[] before = widths.clone();
            for (int i = 0; i < n; i++) {
                if (before[i] < least[i]) {
                    widths[i] = least[i];
                } else {
                    widths[i] = before[i] - (int) ((long) deficit * (before[i] - least[i]) / surplus);
                }
            }
        }
        int used = 0;
        for (int w : widths) {
            used += w;
        }
        if (n > 0) {
            widths[n - 1] += textWidth() - used;
        }
        return widths;
    }

    /** The labels' and the values' widths of a {@link FormDocument.Fields} table. */
    int[] fieldColumns() {
        int label = textWidth() * LABEL_PERCENT / 100;
        return new int[] {label, textWidth() - label};
    }

    /** A figure's format and its printed size: the text width, or less when that would be too high for a page. */
    record FigureSize(FigureFormat format, double widthPoints, double heightPoints) {
    }

    FigureSize figure(FormDocument.Figure figure) {
        FigureFormat format = format(figure.image());
        if (format == null) {
            throw new IllegalArgumentException("a figure must be a PNG or JPEG image");
        }
        int[] pixels = FigureSizes.pixels(figure.image());
        double width = textWidth() / 20.0;
        double height = width * pixels[1] / pixels[0];
        double maxHeight = textHeight() / 20.0 - CAPTION_ROOM;
        if (height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        // whole tenths of a point, so that the two documents print the same size
        return new FigureSize(format, Math.floor(width * 10) / 10, Math.floor(height * 10) / 10);
    }

    /** PNG or JPEG by the file's signature; {@code null} for anything else. */
    static FigureFormat format(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return FigureFormat.PNG;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return FigureFormat.JPEG;
        }
        return null;
    }

    /**
     * The lines of a text as a cell or a field prints them: cleaned of what XML cannot hold, each line break kept,
     * blanks at the ends of a line removed; at least one (possibly empty) line.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : Texts.clean(text).split("\\R", -1)) {
            lines.add(line.stripTrailing());
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The paragraphs of running text: one per line, as {@link Texts#paragraphs} gives them. */
    static List<String> paragraphs(String text) {
        return Texts.paragraphs(text);
    }

    static String clean(String text) {
        return Texts.clean(text);
    }

    /** The full-width low line (＿) of the blanks to sign on. */
    static final char RULE = '\uFF3F';

    /**
     * A line to sign cut where its rules begin and end: the rules print in 宋体, whose ＿ joins into one line (the
     * 仿宋 of some systems draws it as dashes).
     */
    static List<String> ruleSegments(String line) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= line.length(); i++) {
            if (i == line.length() || (line.charAt(i) == RULE) != (line.charAt(i - 1) == RULE)) {
                segments.add(line.substring(start, i));
                start = i;
            }
        }
        return segments;
    }

    static boolean isRule(String segment) {
        return !segment.isEmpty() && segment.charAt(0) == RULE;
    }

    /** A line to sign: "专家签名：＿＿＿＿＿＿＿＿" and, when asked, "日期：　　　　年　　月　　日" after it. */
    static String signature(DocumentMessages messages, String label, boolean withDate) {
        String line = messages.text("documents.form.signature", String.join(" ", lines(label)).strip());
        return withDate ? line + "\u3000\u3000" + messages.text("documents.form.signature.date") : line;
    }
}
