package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.SummaryTable;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.apache.xmlbeans.XmlCursor;

import javax.xml.namespace.QName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the summary table (汇总表, 附件2) as .xlsx: one sheet, the title and the division line merged across the six
 * columns, the ruled table and the note, set up to print on A4 landscape one page wide with the header row repeated.
 * Row heights are computed from the text, because Excel does not grow a row for wrapped text that POI wrote.
 */
public final class SummaryTableXlsx {

    /** The row of the column headings, after the attachment's label, the title and the recommending unit. */
    static final int HEADER_ROW = 3;
    /** The six columns share this width (in twips) after their content, as in the .docx. */
    static final int TABLE_WIDTH = 14000;
    /** Twips per unit of column width: the width of a digit of the default font, 宋体 11 pt (7 pixels). */
    static final int TWIPS_PER_CHARACTER = 105;
    /** Points for a line of 12 pt text in a row. */
    static final float LINE_POINTS = 16f;
    static final String SONGTI = "宋体";
    static final String HEITI = "黑体";
    static final String FANGSONG = "仿宋";

    private final DocumentMessages messages;
    private final int templateRows;

    public SummaryTableXlsx(DocumentMessages messages, int templateRows) {
        this.messages = messages;
        this.templateRows = templateRows;
    }

    public byte[] write(SummaryTable table) {
        String title = messages.text("documents.summary.title", String.valueOf(table.year()));
        List<String> columns = List.of("number", "project", "enterprise", "contact", "phone", "remark").stream()
                .map(c -> messages.text("documents.summary.column." + c)).toList();
        int[] twips = SummaryColumns.widths(columns, table, templateRows, TABLE_WIDTH, 240, 2 * 60);
        int[] widths = new int[twips.length];
        for (int i = 0; i < twips.length; i++) {
            widths[i] = Math.max(4, Math.round(twips[i] / (float) TWIPS_PER_CHARACTER));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            defaultStyle(workbook);
            XSSFSheet sheet = workbook.createSheet(messages.text("documents.summary.sheet"));
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256 + 128);
            }
            CellStyle titleStyle = style(workbook, HEITI, 18, HorizontalAlignment.CENTER, false);
            CellStyle lineStyle = style(workbook, FANGSONG, 14, HorizontalAlignment.LEFT, false);
            CellStyle headerStyle = style(workbook, HEITI, 12, HorizontalAlignment.CENTER, true);
            CellStyle centred = style(workbook, FANGSONG, 12, HorizontalAlignment.CENTER, true);
            CellStyle left = style(workbook, FANGSONG, 12, HorizontalAlignment.LEFT, true);

            CellStyle labelStyle = style(workbook, HEITI, 16, HorizontalAlignment.LEFT, false);
            XSSFRow labelRow = sheet.createRow(0);
            labelRow.setHeightInPoints(24);
            text(labelRow, 0, messages.text("documents.summary.attachment"), labelStyle);

            XSSFRow titleRow = sheet.createRow(1);
            titleRow.setHeightInPoints(36);
            text(titleRow, 0, title, titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, widths.length - 1));

            XSSFRow lineRow = sheet.createRow(2);
            lineRow.setHeightInPoints(26);
            text(lineRow, 0, messages.text("documents.summary.recommender", Texts.clean(table.recommender())),
                    lineStyle);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, widths.length - 1));

            XSSFRow header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(24);
            for (int i = 0; i < columns.size(); i++) {
                text(header, i, columns.get(i), headerStyle);
            }

            List<SummaryTable.Row> rows = table.rows();
            int printed = Math.max(templateRows, rows.size());
            for (int n = 0; n < printed; n++) {
                XSSFRow row = sheet.createRow(HEADER_ROW + 1 + n);
                SummaryTable.Row r = n < rows.size() ? rows.get(n) : null;
                String[] values = r == null ? new String[]{"", "", "", "", ""}
                        : new String[]{r.projectName(), r.enterpriseName(), r.contactName(), r.contactPhone(),
                        r.remark()};
                // the number is a number, so that the recommender can sort and fill by hand as in the template
                row.createCell(0).setCellValue(n + 1);
                row.getCell(0).setCellStyle(centred);
                text(row, 1, values[0], left);
                text(row, 2, values[1], left);
                text(row, 3, values[2], centred);
                text(row, 4, values[3], centred);
                text(row, 5, values[4], left);
                row.setHeightInPoints(height(values, widths));
            }

            XSSFRow note = sheet.createRow(HEADER_ROW + 1 + printed);
            note.setHeightInPoints(24);
            text(note, 0, messages.text("documents.summary.note"), lineStyle);
            sheet.addMergedRegion(new CellRangeAddress(note.getRowNum(), note.getRowNum(), 0, widths.length - 1));

            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, widths.length - 1));
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.8);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.8);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.6);
            sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.6);
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.getProperties().getCoreProperties().setCreator(table.recommender());

            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the summary table .xlsx could not be written", e);
        }
    }

    private static void text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(Texts.clean(value));
        cell.setCellStyle(style);
    }

    /** Points for a row whose wrapped texts need this many lines: 16 pt a line of 12 pt text, at least 24 pt. */
    static float height(String[] values, int[] widths) {
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            lines = Math.max(lines, lines(values[i], widths[i + 1]));
        }
        return Math.max(24f, lines * LINE_POINTS + 6f);
    }

    /**
     * The workbook's default font and the styles part as Excel writes it: font 0 is 宋体 11 pt (GB2312), the one
     * cell style "Normal" (常规) stands on the default format, so that Excel and WPS open the file without repairing
     * it and unstyled cells print in a Chinese font.
     */
    static void defaultStyle(XSSFWorkbook workbook) {
        XSSFFont font = workbook.getFontAt(0);
        font.setFontName(SONGTI);
        font.setFontHeightInPoints((short) 11);
        font.setCharSet(org.apache.poi.ss.usermodel.FontCharset.GB2312.getValue());
        font.setFamily(org.apache.poi.ss.usermodel.FontFamily.SWISS);
        // a theme font ("minor") would print in the theme's Latin font instead of 宋体
        font.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
        // the second fill of every workbook is gray125 in Excel's files (POI writes darkGray)
        workbook.getStylesSource().getFillAt(1).getCTFill().getPatternFill()
                .setPatternType(org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType.GRAY_125);
        // the built-in cell style Normal on the default format; POI writes none, which Excel expects
        var sheet = workbook.getStylesSource().getCTStylesheet();
        try (XmlCursor cursor = sheet.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(MAIN, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(MAIN, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Lines a text takes in a column of {@code width} characters: a CJK character counts two, as Excel draws it. */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : Texts.clean(text).split("\\R", -1)) {
            int units = paragraph.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
            lines += Math.max(1, (units + width - 1) / width);
        }
        return lines;
    }

    private static CellStyle style(XSSFWorkbook workbook, String fontName, int points, HorizontalAlignment align,
                                   boolean bordered) {
        XSSFFont font = workbook.createFont();
        font.setFontName(fontName);
        font.setFontHeightInPoints((short) points);
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
