package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the grids of a {@link FormDocument} as .xlsx, one sheet per grid named after it: the title and the lines under
 * it merged across the columns above the bold header, the header frozen on screen and repeated on each printed page,
 * the columns as wide as their shares, numbers stored as numbers shown with the decimals they are written with
 * (87.40 with two), set up to print on A4 (lying when
 * the document asks) one page wide. Row heights are computed from the text, because Excel does not grow a row for
 * wrapped text that POI wrote.
 */
final class FormXlsx {

    /** Units of column width (characters of the default font) across an upright and a lying page. */
    static final int PORTRAIT_WIDTH = 90;
    static final int LANDSCAPE_WIDTH = 140;
    /** Decimals shown at most; a number is shown with as many as it is written with (87.40: two). */
    static final int MAX_DECIMALS = 6;

    private final DocumentMessages messages;
    private final ZoneId zone;

    FormXlsx(DocumentMessages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    byte[] write(FormDocument document) {
        List<FormDocument.Grid> grids = document.parts().stream().filter(p -> p instanceof FormDocument.Grid)
                .map(p -> (FormDocument.Grid) p).toList();
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("the document has no grid to write as a sheet");
        }
        boolean landscape = document.orientation() == FormDocument.Orientation.LANDSCAPE;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SummaryTableXlsx.defaultStyle(workbook);
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            int n = 0;
            for (FormDocument.Grid grid : grids) {
                sheet(workbook, styles, sheetName(grid.name(), ++n, names), document, grid, landscape);
            }
            var core = workbook.getProperties().getCoreProperties();
            core.setTitle(FormLayout.clean(document.title()));
            core.setCreator(FormLayout.clean(document.author()));
            core.setCreated(Optional.of(Date.from(document.created().atStartOfDay(zone).toInstant())));
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the .xlsx could not be written", e);
        }
    }

    /** The grid's name made a valid sheet name (at most 31 characters, none of []:*?/\), unique in the workbook. */
    String sheetName(String name, int n, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(FormLayout.clean(name).strip(), '_');
        if (base.isBlank() || base.equals("empty")) {
            base = messages.text("documents.form.sheet", String.valueOf(n));
        }
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "(" + i + ")";
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, String name, FormDocument document,
                              FormDocument.Grid grid, boolean landscape) {
        XSSFSheet sheet = workbook.createSheet(name);
        int columns = grid.header().size();
        int[] widths = widths(grid.relativeWidths(), landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH);
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, widths[i] * 256 + 128);
        }
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int r = 0;
        XSSFRow title = sheet.createRow(r);
        String titleText = FormLayout.clean(document.title());
        text(title, 0, titleText, styles.title);
        title.setHeightInPoints(Math.max(30f, SummaryTableXlsx.lines(titleText, total * 11 / 18) * 24f + 6f));
        merge(sheet, r++, columns);
        for (String subtitle : document.subtitles()) {
            XSSFRow row = sheet.createRow(r);
            String text = FormLayout.clean(subtitle);
            text(row, 0, text, styles.subtitle);
            row.setHeightInPoints(Math.max(20f, SummaryTableXlsx.lines(text, total * 11 / 12) * 16f + 4f));
            merge(sheet, r++, columns);
        }
        int headerRow = r;
        XSSFRow header = sheet.createRow(r++);
        for (int i = 0; i < columns; i++) {
            text(header, i, grid.header().get(i), styles.header);
        }
        header.setHeightInPoints(height(grid.header(), widths, 22f));
        for (List<String> values : grid.rows()) {
            XSSFRow row = sheet.createRow(r++);
            for (int i = 0; i < columns; i++) {
                String value = values.get(i);
                BigDecimal number = grid.numeric().get(i) ? number(value) : null;
                if (number != null) {
                    XSSFCell cell = row.createCell(i);
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.number(number.scale()));
                } else {
                    text(row, i, value, grid.numeric().get(i) ? styles.right : styles.text);
                }
            }
            row.setHeightInPoints(height(values, widths, 20f));
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.TOP, 0.8);
        sheet.setMargin(PageMargin.BOTTOM, 0.8);
        sheet.setMargin(PageMargin.LEFT, 0.6);
        sheet.setMargin(PageMargin.RIGHT, 0.6);
        // the page number as the printed documents carry it
        sheet.getFooter().setCenter("\u2014 &P \u2014");
    }

    /** The columns' widths in characters, shared after the relative widths; at least 4 each. */
    static int[] widths(List<Integer> relative, int total) {
        int sum = 0;
        for (int w : relative) {
            sum += Math.max(1, w);
        }
        int[] widths = new int[relative.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(4, Math.round((float) total * Math.max(1, relative.get(i)) / sum));
        }
        return widths;
    }

    /** The value as a number when it is one (as {@link BigDecimal} writes it: 87.40, -3, 1E+3), else {@code null}. */
    static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void merge(XSSFSheet sheet, int row, int columns) {
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
        }
    }

    private static void text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        String text = FormLayout.clean(value);
        cell.setCellValue(text.length() > FormLayout.MAX_CELL ? text.substring(0, FormLayout.MAX_CELL) : text);
        cell.setCellStyle(style);
    }

    /** Points for a row whose wrapped texts need this many lines of 11 pt text (15 pt a line); Excel caps at 409. */
    static float height(List<String> values, int[] widths, float least) {
        int lines = 1;
        for (int i = 0; i < values.size(); i++) {
            lines = Math.max(lines, SummaryTableXlsx.lines(values.get(i), Math.max(1, widths[i] - 1)));
        }
        return Math.min(409f, Math.max(least, lines * 15f + 5f));
    }

    /** The cell styles of a workbook: fonts as the documents print, thin rules around the table's cells. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle right;
        private final XSSFWorkbook workbook;
        private final java.util.Map<Integer, CellStyle> numbers = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            title = style(workbook, SummaryTableXlsx.HEITI, 18, false, HorizontalAlignment.CENTER, false);
            subtitle = style(workbook, SummaryTableXlsx.FANGSONG, 12, false, HorizontalAlignment.CENTER, false);
            header = style(workbook, SummaryTableXlsx.HEITI, 11, true, HorizontalAlignment.CENTER, true);
            text = style(workbook, SummaryTableXlsx.FANGSONG, 11, false, HorizontalAlignment.LEFT, true);
            right = style(workbook, SummaryTableXlsx.FANGSONG, 11, false, HorizontalAlignment.RIGHT, true);
            this.workbook = workbook;
        }

        /**
         * The style of a number written with {@code scale} decimals: 87.40 shows 87.40, a rank 3 shows 3. Built once
         * per scale and workbook.
         */
        CellStyle number(int scale) {
            int decimals = Math.max(0, Math.min(MAX_DECIMALS, scale));
            return numbers.computeIfAbsent(decimals, d -> {
                CellStyle style = style(workbook, SummaryTableXlsx.FANGSONG, 11, false, HorizontalAlignment.RIGHT,
                        true);
                style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
                return style;
            });
        }

        private static CellStyle style(XSSFWorkbook workbook, String fontName, int points, boolean bold,
                                       HorizontalAlignment align, boolean bordered) {
            XSSFFont font = workbook.createFont();
            font.setFontName(fontName);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
