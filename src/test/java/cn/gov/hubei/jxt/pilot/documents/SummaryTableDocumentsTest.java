package cn.gov.hubei.jxt.pilot.documents;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The 汇总表 (附件2) as Word and Excel files, opened again with POI as Word, WPS and Excel would read them. */
class SummaryTableDocumentsTest {

    static final SummaryTableDocuments DOCUMENTS = new SummaryTableDocuments(DocumentFixtures.messages(), DocumentFixtures.CLOCK);

    static final List<String> HEADER = List.of("序号", "项目名称", "企业名称", "联系人", "联系方式", "备注");

    static SummaryTable table(int entries) {
        List<SummaryTable.Row> rows = IntStream.rangeClosed(1, entries)
                .mapToObj(i -> new SummaryTable.Row("数字化车间建设项目" + i, "湖北测试智造有限公司" + i, "张三" + i,
                        "027-8765432" + (i % 10) + " / 1380000000" + (i % 10), i == 1 ? "优先推荐" : null))
                .toList();
        return new SummaryTable(2031, "武汉市经济和信息化局", rows, LocalDate.of(2031, 5, 10));
    }

    @Test
    void theWordFileHasTheTitleTheDivisionTheColumnsTheRowsInOrderPaddedToFifteenAndTheNote() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(table(3))))) {
            List<IBodyElement> body = doc.getBodyElements().subList(1, doc.getBodyElements().size());
            assertThat(((XWPFParagraph) body.get(0)).getText()).isEqualTo("2031年湖北省智能制造试点示范推荐项目汇总表");
            assertThat(((XWPFParagraph) body.get(1)).getText()).isEqualTo("推荐单位（盖章）：武汉市经济和信息化局");
            XWPFTable table = (XWPFTable) body.get(2);
            assertThat(texts(table.getRow(0))).isEqualTo(HEADER);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).hasSize(16);
            assertThat(texts(table.getRow(1))).containsExactly("1", "数字化车间建设项目1", "湖北测试智造有限公司1", "张三1",
                    "027-87654321 / 13800000001", "优先推荐");
            assertThat(texts(table.getRow(2))).containsExactly("2", "数字化车间建设项目2", "湖北测试智造有限公司2", "张三2",
                    "027-87654322 / 13800000002", "");
            assertThat(texts(table.getRow(3)).get(1)).isEqualTo("数字化车间建设项目3");
            assertThat(texts(table.getRow(4))).containsExactly("4", "", "", "", "", "");
            assertThat(texts(table.getRow(15))).containsExactly("15", "", "", "", "", "");
            assertThat(((XWPFParagraph) body.get(3)).getText()).isEqualTo("注：推荐试点示范项目排名有先后。");
            // fonts and page as the documents module prints 附件3: 黑体 title and header, 仿宋 text, A4 landscape
            assertThat(((XWPFParagraph) body.get(0)).getRuns().get(0).getCTR().getRPr().getRFontsArray(0)
                    .getEastAsia()).isEqualTo("黑体");
            assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr()
                    .getRFontsArray(0).getEastAsia()).isEqualTo("仿宋");
            var page = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((java.math.BigInteger) page.getW()).intValue()).isEqualTo(16838);
            assertThat(((java.math.BigInteger) page.getH()).intValue()).isEqualTo(11906);
            assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
        }
    }

    @Test
    void bothFilesCarryTheLabelOfAttachmentTwoAtTheTopLeft() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(table(3))))) {
            XWPFParagraph label = (XWPFParagraph) doc.getBodyElements().get(0);
            assertThat(label.getText()).isEqualTo("附件2");
            assertThat(label.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
            assertThat(label.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DOCUMENTS.xlsx(table(3))))) {
            assertThat(row(book.getSheetAt(0), 0)).containsExactly("附件2", "", "", "", "", "");
        }
    }

    @Test
    void columnsTakeTheirWidthFromTheContentWithTheNamesWidestAndRoomLeftInTheRemark() throws IOException {
        SummaryTable table = new SummaryTable(2031, "武汉市经济和信息化局", List.of(
                new SummaryTable.Row("年产50万套新能源汽车电驱动系统智能工厂建设项目", "武汉智造示范科技有限公司", "张明",
                        "027-87654321", null),
                new SummaryTable.Row("高端数控机床远程运维服务平台", "湖北精工机床集团股份有限公司", "李华",
                        "13912345678", null)), LocalDate.of(2031, 5, 10));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(table)))) {
            List<Integer> widths = doc.getTables().get(0).getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).intValue()).toList();
            // 小四 is 240 twips a character; the cells' margins take 216
            assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(16838 - 2 * 1440);
            assertThat(widths.get(1)).as("项目名称 widest").isGreaterThan(widths.get(2));
            assertThat(widths.get(2)).as("企业名称 next").isGreaterThan(widths.get(5));
            // the enterprise names stand on one line, and the empty remark keeps room for six characters
            assertThat(widths.get(2)).isGreaterThanOrEqualTo(14 * 240 + 216);
            assertThat(widths.get(5)).isEqualTo(6 * 240 + 216);
            // 联系人 and 联系方式 as wide as their text (at least four and six characters)
            assertThat(widths.get(3)).isEqualTo(4 * 240 + 216);
            assertThat(widths.get(4)).isEqualTo(6 * 240 + 216);
            assertThat(widths.get(0)).isEqualTo(2 * 240 + 216);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DOCUMENTS.xlsx(table)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(2));
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(5));
            assertThat(sheet.getColumnWidth(2) / 256).as("characters; a Chinese character takes two")
                    .isGreaterThanOrEqualTo(2 * 14);
        }
    }

    @Test
    void theWorkbookHasADefaultChineseFontAndTheStylesPartExcelWrites() throws IOException {
        byte[] xlsx = DOCUMENTS.xlsx(table(2));
        String styles = null;
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/styles.xml")) {
                    styles = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(styles).isNotNull();
        // the default font (font 0) is Chinese, and the cell style "Normal" rests on the default format
        assertThat(styles).containsPattern("<fonts count=\"\\d+\"[^>]*><font><sz val=\"11(\\.0)?\"/>(<color [^>]*/>)?"
                + "<name val=\"宋体\"/><family val=\"2\"/>(<scheme val=\"none\"/>)?<charset val=\"134\"/></font>");
        assertThat(styles).contains("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>");
        assertThat(styles).contains("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>");
        assertThat(styles).contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getFontAt(0).getFontName()).isEqualTo("宋体");
        }
    }

    @Test
    void moreThanFifteenEntriesAreAllPrintedInBothFiles() throws IOException {
        SummaryTable table = table(18);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(table)))) {
            XWPFTable grid = doc.getTables().get(0);
            assertThat(grid.getRows()).hasSize(19);
            assertThat(texts(grid.getRow(18)).subList(0, 2)).containsExactly("18", "数字化车间建设项目18");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DOCUMENTS.xlsx(table)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(row(sheet, 21).subList(0, 2)).containsExactly("18", "数字化车间建设项目18");
            assertThat(row(sheet, 22).get(0)).isEqualTo("注：推荐试点示范项目排名有先后。");
        }
    }

    @Test
    void theWorkbookHasTheSameLayoutAndPrintsOnA4Landscape() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DOCUMENTS.xlsx(table(2))))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("汇总表");
            assertThat(row(sheet, 1).get(0)).isEqualTo("2031年湖北省智能制造试点示范推荐项目汇总表");
            assertThat(row(sheet, 2).get(0)).isEqualTo("推荐单位（盖章）：武汉市经济和信息化局");
            assertThat(row(sheet, 3)).isEqualTo(HEADER);
            assertThat(row(sheet, 4)).containsExactly("1", "数字化车间建设项目1", "湖北测试智造有限公司1", "张三1",
                    "027-87654321 / 13800000001", "优先推荐");
            assertThat(row(sheet, 5).subList(0, 2)).containsExactly("2", "数字化车间建设项目2");
            assertThat(row(sheet, 6)).containsExactly("3", "", "", "", "", "");
            assertThat(row(sheet, 18)).containsExactly("15", "", "", "", "", "");
            assertThat(row(sheet, 19).get(0)).isEqualTo("注：推荐试点示范项目排名有先后。");
            assertThat(sheet.getLastRowNum()).isEqualTo(19);
            assertThat(sheet.getMergedRegions()).extracting(r -> r.formatAsString())
                    .containsExactlyInAnyOrder("A2:F2", "A3:F3", "A20:F20");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("黑体");
            assertThat(book.getFontAt(sheet.getRow(4).getCell(1).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("仿宋");
            assertThat(sheet.getRow(4).getCell(1).getCellStyle().getBorderTop().name()).isEqualTo("THIN");
        }
    }

    @Test
    void theSameTableGivesTheSameWordFile() {
        assertThat(DOCUMENTS.docx(table(4))).isEqualTo(DOCUMENTS.docx(table(4)));
    }

    static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    static List<String> row(XSSFSheet sheet, int index) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        var row = sheet.getRow(index);
        for (int i = 0; i < 6; i++) {
            var cell = row.getCell(i);
            values.add(cell == null ? "" : format.formatCellValue(cell));
        }
        return values;
    }
}
