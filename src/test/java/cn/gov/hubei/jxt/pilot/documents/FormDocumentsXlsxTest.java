package cn.gov.hubei.jxt.pilot.documents;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Form documents as Excel workbooks, one sheet per grid, opened again with POI as Excel and WPS read them. */
class FormDocumentsXlsxTest {

    static final FormDocuments FORMS = SampleFormDocument.renderer();

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static List<String> texts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        var r = sheet.getRow(row);
        for (int i = 0; i < r.getLastCellNum(); i++) {
            XSSFCell cell = r.getCell(i);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }

    @Test
    void theSummaryIsOneSheetWithTheTitleAndLinesMergedAboveTheBoldFrozenRepeatedHeaderAndNumbersAsNumbers()
            throws IOException {
        byte[] xlsx = FORMS.xlsx(SampleFormDocument.summary(300));
        // kept for a look in Excel, WPS or LibreOffice
        java.nio.file.Files.createDirectories(FormDocumentsPdfTest.OUT);
        java.nio.file.Files.write(FormDocumentsPdfTest.OUT.resolve("summary-300.xlsx"), xlsx);
        try (XSSFWorkbook book = open(xlsx)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("汇总");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(SampleFormDocument.SUMMARY_TITLE);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("评审会：2031年第一次评审会");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("日期：2031年6月18日");
            assertThat(sheet.getMergedRegions()).containsExactlyInAnyOrder(new CellRangeAddress(0, 0, 0, 6),
                    new CellRangeAddress(1, 1, 0, 6), new CellRangeAddress(2, 2, 0, 6));
            assertThat(texts(sheet, 3)).isEqualTo(SampleFormDocument.SUMMARY_HEADER);
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(4).getCell(1).getCellStyle().getFont().getBold()).isFalse();
            assertThat(sheet.getLastRowNum()).isEqualTo(303);

            // numeric columns hold numbers with two decimals; text columns text
            XSSFCell rank = sheet.getRow(4).getCell(0);
            assertThat(rank.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rank.getNumericCellValue()).isEqualTo(1.0);
            // a rank written without decimals shows none
            assertThat(rank.getCellStyle().getDataFormatString()).isEqualTo("0");
            XSSFCell score = sheet.getRow(4).getCell(4);
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(89.01);
            assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(sheet.getRow(303).getCell(4)))
                    .isEqualTo("90.00");
            assertThat(sheet.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("数字化车间建设项目1");
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("是");

            // print: A4 lying, one page wide, the header repeated; on screen the header stays
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:4"));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);

            // the columns as wide as their shares 1:5:5:4:2:2:2 of 140 characters
            assertThat(sheet.getColumnWidth(1)).isEqualTo(sheet.getColumnWidth(2));
            assertThat(sheet.getColumnWidth(1)).isEqualTo(33 * 256 + 128);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(7 * 256 + 128);
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo(SampleFormDocument.SUMMARY_TITLE);
        }
    }

    @Test
    void eachGridIsASheetOfItsOwnNamedAfterItUprightWhenTheDocumentIs() throws IOException {
        FormDocument.Grid first = new FormDocument.Grid("评分/第一组", List.of("指标", "得分"), List.of(3, 1),
                List.of(false, true), List.of(List.of("项目先进性", "22.5"), List.of("合计", "未评")));
        FormDocument.Grid second = new FormDocument.Grid("评分/第一组", List.of("指标"), List.of(1), List.of(false),
                List.of(List.of("经济效益")));
        FormDocument.Grid unnamed = new FormDocument.Grid(" ", List.of("项"), List.of(1), List.of(false), List.of());
        FormDocument document = new FormDocument("评分表", List.of(), FormDocument.Orientation.PORTRAIT,
                List.of(first, new FormDocument.Paragraph("说明"), second, unnamed), "湖北省经济和信息化厅",
                LocalDate.of(2031, 6, 18));
        try (XSSFWorkbook book = open(FORMS.xlsx(document))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("评分_第一组");
            assertThat(book.getSheetName(1)).isEqualTo("评分_第一组(2)");
            assertThat(book.getSheetName(2)).isEqualTo("表3");
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet, 0)).containsExactly("评分表");
            assertThat(texts(sheet, 1)).containsExactly("指标", "得分");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(22.5);
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            // a value of a numeric column that is no number stays text
            assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("未评");
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
            assertThat(texts(book.getSheetAt(1), 2)).containsExactly("经济效益");
        }
    }

    @Test
    void aDocumentWithoutAGridHasNoWorkbook() {
        assertThatThrownBy(() -> FORMS.xlsx(SampleFormDocument.checklist(SampleFormDocument.image(10, 10, "png"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileTextsControlCharactersLongCellsAndXmlSpecialsDoNotBreakTheWorkbook() throws IOException {
        String specials = "<b>&amp;\"引号\"</b> & ]]>";
        String longCell = "长".repeat(10_000) + "\u0001";
        FormDocument hostile = new FormDocument(specials + "\u001B", List.of("甲\u0008乙"),
                FormDocument.Orientation.LANDSCAPE, List.of(new FormDocument.Grid("[汇总]*?", List.of("<列>", "&"),
                List.of(1, 1), List.of(false, true), List.of(List.of(longCell, "<1>"),
                java.util.Arrays.asList(null, null)))), specials, LocalDate.of(2031, 6, 1));
        try (XSSFWorkbook book = open(FORMS.xlsx(hostile))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("_汇总___");
            assertThat(texts(sheet, 0)).containsExactly(specials);
            assertThat(texts(sheet, 1)).containsExactly("甲乙");
            assertThat(texts(sheet, 2)).containsExactly("<列>", "&");
            assertThat(texts(sheet, 3)).containsExactly("长".repeat(10_000), "<1>");
            assertThat(texts(sheet, 4)).containsExactly("", "");
            assertThat(sheet.getRow(3).getHeightInPoints()).isEqualTo(409f);
        }
    }
}
