package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.SummaryTable;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Writes the summary table (汇总表, 附件2) as .docx. The six columns with a 200-character remark do not fit an A4
 * page upright at a readable size, so the page lies landscape, as such tables are printed. Title 小二 黑体, the
 * division line 四号 仿宋, the table 小四 (header 黑体, text 仿宋) with single rules, the header repeated on every
 * page and no row split across pages.
 */
public final class SummaryTableDocx {

    /**
     * A4 landscape in twips: 2 cm above and below, 2.54 cm left and right, so that the template's 15 rows with a
     * few two-line entries still fit on one page.
     */
    static final int PAGE_WIDTH = PageGeometry.PAGE_HEIGHT;
    static final int PAGE_HEIGHT = PageGeometry.PAGE_WIDTH;
    static final int MARGIN_SIDE = 1440;
    static final int MARGIN_TOP_BOTTOM = 1134;
    /** The width between the margins, shared by the six columns after their content ({@link SummaryColumns}). */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;
    /** The cells' left and right margins, each. */
    static final int CELL_MARGIN = 108;
    static final int SIZE_SMALL_2 = 36;
    /** At least 0.74 cm a row, as the printed template; a longer text makes its row taller. */
    static final int ROW_HEIGHT = 420;

    private final DocumentMessages messages;
    private final int templateRows;

    private final ZoneId zone;

    /** @param zone the zone in which the table's date is a calendar day (the clock's) */
    public SummaryTableDocx(DocumentMessages messages, int templateRows, ZoneId zone) {
        this.zone = zone;
        this.messages = messages;
        this.templateRows = templateRows;
    }

    public byte[] write(SummaryTable table) {
        String title = messages.text("documents.summary.title", String.valueOf(table.year()));
        List<String> columns = List.of("number", "project", "enterprise", "contact", "phone", "remark").stream()
                .map(c -> messages.text("documents.summary.column." + c)).toList();
        int[] widths = SummaryColumns.widths(columns, table, templateRows, TEXT_WIDTH, DocxWriter.SIZE_SMALL_4 * 10,
                2 * CELL_MARGIN);
        try (XWPFDocument doc = new XWPFDocument()) {
            // the attachment's label at the top left, as a government document's attachment carries it
            XWPFParagraph label = doc.createParagraph();
            label.setAlignment(ParagraphAlignment.LEFT);
            spacing(label, 0, 120);
            DocxWriter.run(label, messages.text("documents.summary.attachment"), DocxWriter.HEITI, DocxWriter.SIZE_3,
                    false);

            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            spacing(heading, 0, 200);
            DocxWriter.run(heading, title, DocxWriter.HEITI, SIZE_SMALL_2, false);

            XWPFParagraph recommender = doc.createParagraph();
            recommender.setAlignment(ParagraphAlignment.LEFT);
            spacing(recommender, 0, 120);
            DocxWriter.run(recommender, messages.text("documents.summary.recommender",
                    Texts.clean(table.recommender())), DocxWriter.FANGSONG, DocxWriter.SIZE_4, false);

            XWPFTable grid = doc.createTable();
            grid.removeRow(0);
            frame(grid, widths);
            XWPFTableRow header = grid.insertNewTableRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            height(header);
            for (int i = 0; i < columns.size(); i++) {
                cell(header, widths[i], columns.get(i), DocxWriter.HEITI, ParagraphAlignment.CENTER);
            }
            List<SummaryTable.Row> rows = table.rows();
            int printed = Math.max(templateRows, rows.size());
            for (int n = 0; n < printed; n++) {
                XWPFTableRow row = grid.insertNewTableRow(grid.getNumberOfRows());
                row.setCantSplitRow(true);
                height(row);
                SummaryTable.Row r = n < rows.size() ? rows.get(n) : null;
                // the template numbers all its rows, also those left for the recommender to fill by hand
                cell(row, widths[0], String.valueOf(n + 1), DocxWriter.FANGSONG, ParagraphAlignment.CENTER);
                cell(row, widths[1], r == null ? "" : r.projectName(), DocxWriter.FANGSONG, ParagraphAlignment.LEFT);
                cell(row, widths[2], r == null ? "" : r.enterpriseName(), DocxWriter.FANGSONG, ParagraphAlignment.LEFT);
                cell(row, widths[3], r == null ? "" : r.contactName(), DocxWriter.FANGSONG, ParagraphAlignment.CENTER);
                cell(row, widths[4], r == null ? "" : r.contactPhone(), DocxWriter.FANGSONG, ParagraphAlignment.CENTER);
                cell(row, widths[5], r == null ? "" : r.remark(), DocxWriter.FANGSONG, ParagraphAlignment.LEFT);
            }

            XWPFParagraph note = doc.createParagraph();
            note.setAlignment(ParagraphAlignment.LEFT);
            spacing(note, 120, 0);
            DocxWriter.run(note, messages.text("documents.summary.note"), DocxWriter.FANGSONG, DocxWriter.SIZE_4,
                    false);

            CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            page(section);
            properties(doc, title, table.recommender(), table.preparedOn());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.write(out);
            return ReproducibleZip.withTime(out.toByteArray(),
                    (table.preparedOn() == null ? LocalDate.of(1980, 1, 1) : table.preparedOn()).atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("the summary table .docx could not be written", e);
        }
    }

    private static void cell(XWPFTableRow row, int twips, String text, String font, ParagraphAlignment align) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var width = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        List<String> lines = Texts.paragraphs(text);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        if (lines.isEmpty()) {
            DocxWriter.run(p, "", font, DocxWriter.SIZE_SMALL_4, false);
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph line = i == 0 ? p : cell.addParagraph();
            line.setAlignment(align);
            DocxWriter.run(line, lines.get(i), font, DocxWriter.SIZE_SMALL_4, false);
        }
    }

    private static void frame(XWPFTable table, int[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        width.setW(BigInteger.valueOf(total));
        width.setType(STTblWidth.DXA);
        (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        var margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        var left = margins.addNewLeft();
        left.setW(BigInteger.valueOf(CELL_MARGIN));
        left.setType(STTblWidth.DXA);
        var right = margins.addNewRight();
        right.setW(BigInteger.valueOf(CELL_MARGIN));
        right.setType(STTblWidth.DXA);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders borders = pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[]{borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static void height(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        var height = pr.addNewTrHeight();
        height.setVal(BigInteger.valueOf(ROW_HEIGHT));
        height.setHRule(STHeightRule.AT_LEAST);
    }

    private static void spacing(XWPFParagraph p, int before, int after) {
        CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void page(CTSectPr section) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(851));
        margins.setGutter(BigInteger.ZERO);
    }

    private void properties(XWPFDocument doc, String title, String author, LocalDate prepared) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        Date date = prepared == null ? new Date(0)
                : Date.from(prepared.atStartOfDay(zone).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
    }
}
