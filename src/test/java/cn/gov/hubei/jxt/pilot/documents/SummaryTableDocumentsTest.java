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

    static final SummaryTableDocuments DOCUMENTS = new SummaryTableDocuments(DocumentFixtures.messages());

    static final List<String> HEADER = List.of("序号", "项目名称", "企业名称", "联系人", "联系方式", "备注");

    static SummaryTable table(int entries) {
        List<SummaryTable.Row> rows = IntStream.rangeClosed(1, entries)
                .mapToObj(i -> new SummaryTable.Row("数字化车间建设项目" + i, "湖北测试智造有限公司" + i, "张三" + i,
                        "027-8765432" + (i % 10) + " / 1380000000" + (i % 10), i == 1 ? "优先推荐" : null))
                .toList();
        return new SummaryTable(2031, "武汉市", rows, LocalDate.of(2031, 5, 10));
    }

    @Test
    void theWordFileHasTheTitleTheDivisionTheColumnsTheRowsInOrderPaddedToFifteenAndTheNote() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(table(3))))) {
            List<IBodyElement> body = doc.getBodyElements();
            assertThat(((XWPFParagraph) body.get(0)).getText()).isEqualTo("2031年湖北省智能制造试点示范推荐项目汇总表");
            assertThat(((XWPFParagraph) body.get(1)).getText()).isEqualTo("推荐单位（盖章）：武汉市");
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
    void moreThanFifteenEntriesAreAllPrintedInBothFiles() throws IOException {
        SummaryTable table = table(18);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(table)))) {
            XWPFTable grid = doc.getTables().get(0);
            assertThat(grid.getRows()).hasSize(19);
            assertThat(texts(grid.getRow(18)).subList(0, 2)).containsExactly("18", "数字化车间建设项目18");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DOCUMENTS.xlsx(table)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(row(sheet, 20).subList(0, 2)).containsExactly("18", "数字化车间建设项目18");
            assertThat(row(sheet, 21).get(0)).isEqualTo("注：推荐试点示范项目排名有先后。");
        }
    }

    @Test
    void theWorkbookHasTheSameLayoutAndPrintsOnA4Landscape() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DOCUMENTS.xlsx(table(2))))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("汇总表");
            assertThat(row(sheet, 0).get(0)).isEqualTo("2031年湖北省智能制造试点示范推荐项目汇总表");
            assertThat(row(sheet, 1).get(0)).isEqualTo("推荐单位（盖章）：武汉市");
            assertThat(row(sheet, 2)).isEqualTo(HEADER);
            assertThat(row(sheet, 3)).containsExactly("1", "数字化车间建设项目1", "湖北测试智造有限公司1", "张三1",
                    "027-87654321 / 13800000001", "优先推荐");
            assertThat(row(sheet, 4).subList(0, 2)).containsExactly("2", "数字化车间建设项目2");
            assertThat(row(sheet, 5)).containsExactly("3", "", "", "", "", "");
            assertThat(row(sheet, 17)).containsExactly("15", "", "", "", "", "");
            assertThat(row(sheet, 18).get(0)).isEqualTo("注：推荐试点示范项目排名有先后。");
            assertThat(sheet.getLastRowNum()).isEqualTo(18);
            assertThat(sheet.getMergedRegions()).extracting(r -> r.formatAsString())
                    .containsExactlyInAnyOrder("A1:F1", "A2:F2", "A19:F19");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("黑体");
            assertThat(book.getFontAt(sheet.getRow(3).getCell(1).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("仿宋");
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getBorderTop().name()).isEqualTo("THIN");
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
