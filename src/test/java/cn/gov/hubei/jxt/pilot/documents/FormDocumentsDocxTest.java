package cn.gov.hubei.jxt.pilot.documents;

import cn.gov.hubei.jxt.pilot.documents.internal.FormDocumentRenderer;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Form documents as Word files, opened again with POI as Word and WPS read them. */
class FormDocumentsDocxTest {

    static final FormDocuments FORMS = SampleFormDocument.renderer();

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String eastAsia(XWPFRun run) {
        return run.getCTR().getRPr().getRFontsArray(0).getEastAsia();
    }

    static int size(XWPFRun run) {
        return ((BigInteger) run.getCTR().getRPr().getSzArray(0).getVal()).intValue();
    }

    static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void theScoreSheetHasItsTitleLinesHeadingsFieldsGridTextAndSignatureInOrderWithTheirFonts() throws IOException {
        try (XWPFDocument doc = open(FORMS.docx(SampleFormDocument.scoreSheet()))) {
            List<IBodyElement> body = doc.getBodyElements();
            XWPFParagraph title = (XWPFParagraph) body.get(0);
            assertThat(title.getText()).isEqualTo("湖北省智能制造试点示范项目专家评分表");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(eastAsia(title.getRuns().get(0))).isEqualTo("黑体");
            // a document holding a table: 小二 (18 pt) title, 四号 (14 pt) lines under it
            assertThat(size(title.getRuns().get(0))).isEqualTo(36);
            XWPFParagraph subtitle = (XWPFParagraph) body.get(1);
            assertThat(subtitle.getText()).isEqualTo("评审会：2031年第一次评审会  组别：第一组");
            assertThat(eastAsia(subtitle.getRuns().get(0))).isEqualTo("仿宋");
            assertThat(size(subtitle.getRuns().get(0))).isEqualTo(28);
            assertThat(((XWPFParagraph) body.get(2)).getText()).isEqualTo("专家：李四");
            XWPFParagraph heading = (XWPFParagraph) body.get(3);
            assertThat(heading.getText()).isEqualTo("一、项目基本信息");
            assertThat(eastAsia(heading.getRuns().get(0))).isEqualTo("黑体");
            assertThat(size(heading.getRuns().get(0))).isEqualTo(32);

            XWPFTable fields = (XWPFTable) body.get(4);
            assertThat(fields.getRows()).hasSize(4);
            assertThat(texts(fields.getRow(0))).containsExactly("项目名称", "宜昌数字化车间建设项目");
            assertThat(texts(fields.getRow(3))).containsExactly("备注", "");
            assertThat(eastAsia(fields.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0)))
                    .isEqualTo("黑体");
            assertThat(eastAsia(fields.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0)))
                    .isEqualTo("仿宋");

            assertThat(((XWPFParagraph) body.get(6)).getText()).isEqualTo("二、评分");
            XWPFTable grid = (XWPFTable) body.get(7);
            assertThat(grid.getRows()).hasSize(6);
            assertThat(grid.getRows()).allSatisfy(r -> assertThat(r.getTableCells()).hasSize(4));
            assertThat(texts(grid.getRow(0))).containsExactly("序号", "指标", "分值", "得分");
            assertThat(grid.getRow(0).isRepeatHeader()).isTrue();
            assertThat(grid.getRow(1).isRepeatHeader()).isFalse();
            assertThat(grid.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
            assertThat(texts(grid.getRow(1))).containsExactly("1", "项目先进性", "25", "22.50");
            // a line break in a cell is kept: two paragraphs in the cell
            assertThat(grid.getRow(2).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("项目实施基础", "（含要素条件）");
            assertThat(grid.getRow(1).getCell(3).getParagraphs().get(0).getAlignment())
                    .isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(grid.getRow(1).getCell(1).getParagraphs().get(0).getAlignment())
                    .isEqualTo(ParagraphAlignment.LEFT);
            assertThat(eastAsia(grid.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0))).isEqualTo("黑体");
            XWPFRun cellRun = grid.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(eastAsia(cellRun)).isEqualTo("仿宋");
            assertThat(size(cellRun)).isEqualTo(24);
            assertThat(grid.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString())
                    .isEqualTo("single");
            // the columns share the text width (15.6 cm) after their relative widths 1:6:1:1
            List<Integer> columns = grid.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((BigInteger) c.getW()).intValue()).toList();
            assertThat(columns.stream().mapToInt(Integer::intValue).sum()).isEqualTo(11906 - 1587 - 1474);
            assertThat(columns).containsExactly(982, 5896, 982, 985);

            // the running text: one paragraph per line, 仿宋 三号, the first line indented by two characters
            XWPFParagraph text1 = (XWPFParagraph) body.get(10);
            assertThat(text1.getText()).isEqualTo("项目建设内容完整，技术路线清晰。");
            assertThat(((XWPFParagraph) body.get(11)).getText()).isEqualTo("建议加强数据治理。");
            assertThat(eastAsia(text1.getRuns().get(0))).isEqualTo("仿宋");
            assertThat(size(text1.getRuns().get(0))).isEqualTo(32);
            assertThat(text1.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
            assertThat(((XWPFParagraph) body.get(12)).getText())
                    .isEqualTo("专家签名：＿＿＿＿＿＿＿＿\u3000\u3000日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日");
            XWPFParagraph signature = (XWPFParagraph) body.get(12);
            assertThat(size(signature.getRuns().get(0))).isEqualTo(28);
            // the rule in 宋体, whose ＿ joins into one line; the label and the date in 仿宋
            assertThat(signature.getRuns()).extracting(XWPFRun::text, FormDocumentsDocxTest::eastAsia)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("专家签名：", "仿宋"),
                            org.assertj.core.groups.Tuple.tuple("＿＿＿＿＿＿＿＿", "宋体"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "\u3000\u3000日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日", "仿宋"));
            assertThat(body).hasSize(13);

            var page = doc.getDocument().getBody().getSectPr();
            assertThat(page.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
            assertThat(((BigInteger) page.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) page.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(((BigInteger) page.getPgMar().getTop()).intValue()).isEqualTo(2098);
            assertThat(((BigInteger) page.getPgMar().getLeft()).intValue()).isEqualTo(1587);
            // the page number "— 1 —" in the footer, as the 申报书 prints it
            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE");
            assertThat(doc.getFooterList().get(0).getText().strip()).isEqualTo("\u2014 1 \u2014");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(SampleFormDocument.SCORE_TITLE);
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("湖北省经济和信息化厅");
        }
    }

    @Test
    void aFormWithoutATableHasTheTitleInTwoHaoAndTheLinesUnderItInThreeHao() throws IOException {
        FormDocument form = new FormDocument("评审纪律承诺书", List.of("2031年第一次评审会"),
                FormDocument.Orientation.PORTRAIT, List.of(new FormDocument.Paragraph("本人承诺……"),
                new FormDocument.Signatures(List.of("承诺人"), false)), "湖北省经济和信息化厅", LocalDate.of(2031, 6, 1));
        try (XWPFDocument doc = open(FORMS.docx(form))) {
            assertThat(size(doc.getParagraphs().get(0).getRuns().get(0))).isEqualTo(44);
            assertThat(size(doc.getParagraphs().get(1).getRuns().get(0))).isEqualTo(32);
            assertThat(doc.getParagraphs().get(3).getText()).isEqualTo("承诺人：＿＿＿＿＿＿＿＿");
        }
    }

    @Test
    void aLandscapeSummaryOfThreeHundredRowsIsOneTableWithItsHeaderRepeatedOnALyingPage() throws IOException {
        try (XWPFDocument doc = open(FORMS.docx(SampleFormDocument.summary(300)))) {
            var page = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((BigInteger) page.getW()).intValue()).isEqualTo(16838);
            assertThat(((BigInteger) page.getH()).intValue()).isEqualTo(11906);
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(301);
            assertThat(table.getRows()).allSatisfy(r -> assertThat(r.getTableCells()).hasSize(7));
            assertThat(texts(table.getRow(0))).isEqualTo(SampleFormDocument.SUMMARY_HEADER);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(texts(table.getRow(300))).containsExactly("300", "数字化车间建设项目300", "湖北测试智造有限公司300",
                    "宜昌市经济和信息化局", "90.00", "1.25", "否");
            // the columns share the lying page's text width (24.3 cm)
            int width = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
            assertThat(width).isEqualTo(16838 - 1587 - 1474);
            // the first column's share (1 of 21) is too narrow for 排名 in 小四: widened to two characters and room
            assertThat(((BigInteger) table.getCTTbl().getTblGrid().getGridColArray(0).getW()).intValue())
                    .isEqualTo(2 * 240 + 240);
            // the lines to sign follow the table onto its last page: its last two rows are kept with them
            assertThat(table.getRow(300).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(table.getRow(299).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(table.getRow(298).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext())
                    .isFalse();
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.toList()))
                    .contains("评审组组长签名：＿＿＿＿＿＿＿＿\u3000\u3000日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日");
        }
    }

    @Test
    void aFigureIsScaledToTheTextWidthKeepingItsAspectWithItsCaptionAsAlternativeText() throws IOException {
        for (String format : List.of("png", "jpg")) {
            try (XWPFDocument doc = open(FORMS.docx(SampleFormDocument.checklist(
                    SampleFormDocument.image(400, 300, format))))) {
                CTInline inline = doc.getParagraphs().stream().filter(p -> !p.getRuns().isEmpty()
                                && p.getRuns().get(0).getCTR().sizeOfDrawingArray() > 0).findFirst().orElseThrow()
                        .getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
                long cx = inline.getExtent().getCx();
                long cy = inline.getExtent().getCy();
                // 15.6 cm of text width: 442.2 pt, in EMU
                assertThat(cx).isEqualTo(Math.round(442.2 * 12700));
                assertThat((double) cy / cx).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.001));
                assertThat(inline.getDocPr().getDescr()).isEqualTo("图1 生产线现场");
                assertThat(doc.getAllPictures()).hasSize(1);
                assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                        .contains("图1 生产线现场", "核查组组长签名：＿＿＿＿＿＿＿＿", "企业负责人签名：＿＿＿＿＿＿＿＿");
            }
        }
        // a very high picture is scaled to fit the page's height instead
        try (XWPFDocument doc = open(FORMS.docx(SampleFormDocument.checklist(
                SampleFormDocument.image(100, 1000, "png"))))) {
            CTInline inline = doc.getAllPictures().isEmpty() ? null : doc.getParagraphs().stream()
                    .filter(p -> !p.getRuns().isEmpty() && p.getRuns().get(0).getCTR().sizeOfDrawingArray() > 0)
                    .findFirst().orElseThrow().getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
            assertThat(inline).isNotNull();
            double heightPoints = inline.getExtent().getCy() / 12700.0;
            assertThat(heightPoints).isLessThanOrEqualTo((16838 - 2098 - 1984) / 20.0 - 48);
            assertThat((double) inline.getExtent().getCy() / inline.getExtent().getCx())
                    .isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.05));
        }
        assertThatThrownBy(() -> FORMS.docx(SampleFormDocument.checklist("GIF89a....".getBytes())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileTextsControlCharactersLongCellsAndXmlSpecialsDoNotBreakTheFile() throws IOException {
        String specials = "<b>&amp;\"引号\"</b> & ]]> <!-- x -->";
        String control = "甲\u0001乙\u0008丙\u000B丁\u001B戊\uFFFF己\uD800庚";
        String longCell = "长".repeat(10_000);
        FormDocument hostile = new FormDocument(specials, List.of(control), FormDocument.Orientation.PORTRAIT,
                List.of(new FormDocument.Heading(control), new FormDocument.Paragraph(specials + "\n" + control),
                        new FormDocument.Fields(List.of(new FormDocument.Field(specials, longCell))),
                        new FormDocument.Grid(specials, List.of("<列>", "&"), List.of(1, 1), List.of(false, true),
                                List.of(List.of(longCell, "<1>"), java.util.Arrays.asList(null, null))),
                        new FormDocument.Signatures(List.of(specials), true)),
                specials, LocalDate.of(2031, 6, 1));
        try (XWPFDocument doc = open(FORMS.docx(hostile))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(specials);
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("甲乙丙丁戊己庚");
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("甲乙丙丁戊己庚");
            assertThat(doc.getParagraphs().get(3).getText()).isEqualTo(specials);
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo(longCell);
            XWPFTable grid = doc.getTables().get(1);
            assertThat(texts(grid.getRow(0))).containsExactly("<列>", "&");
            assertThat(texts(grid.getRow(1))).containsExactly(longCell, "<1>");
            assertThat(texts(grid.getRow(2))).containsExactly("", "");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(specials);
        }
    }

    @Test
    void aGridOfEightColumnsPrintsInWuHaoAndALineUnderTheTitleKeepsItsLineBreak() throws IOException {
        List<String> header = List.of("一", "二", "三", "四", "五", "六", "七", "八");
        List<Integer> widths = List.of(1, 1, 1, 1, 1, 1, 1, 1);
        List<Boolean> numeric = List.of(false, false, false, false, false, false, false, false);
        FormDocument wide = new FormDocument("公示名单", List.of("第一行\n第二行"), FormDocument.Orientation.LANDSCAPE,
                List.of(new FormDocument.Grid("名单", header, widths, numeric, List.of(header))),
                "湖北省经济和信息化厅", LocalDate.of(2031, 7, 1));
        try (XWPFDocument doc = open(FORMS.docx(wide))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(size(table.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0))).isEqualTo(21);
            XWPFParagraph subtitle = doc.getParagraphs().get(1);
            assertThat(subtitle.getText()).isEqualTo("第一行\n第二行");
            assertThat(subtitle.getRuns().get(1).getCTR().sizeOfBrArray()).isEqualTo(1);
        }
    }

    @Test
    void aGridWithoutColumnsOrAFigureThatIsNoPictureIsRefusedInEveryFormat() {
        FormDocument empty = new FormDocument("表", List.of(), FormDocument.Orientation.PORTRAIT,
                List.of(new FormDocument.Grid("表", List.of(), List.of(), List.of(), List.of())),
                "湖北省经济和信息化厅", LocalDate.of(2031, 7, 1));
        assertThatThrownBy(() -> FORMS.docx(empty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FORMS.xlsx(empty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FORMS.pdf(empty)).isInstanceOf(IllegalArgumentException.class);
        FormDocument gif = new FormDocument("表", List.of(), FormDocument.Orientation.PORTRAIT,
                List.of(new FormDocument.Figure("GIF89a".getBytes(), "图"), new FormDocument.Grid("表", List.of("列"),
                        List.of(1), List.of(false), List.of())), "湖北省经济和信息化厅", LocalDate.of(2031, 7, 1));
        assertThatThrownBy(() -> FORMS.xlsx(gif)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FORMS.pdf(gif)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        assertThat(FORMS.docx(SampleFormDocument.scoreSheet())).isEqualTo(FORMS.docx(SampleFormDocument.scoreSheet()));
    }

    @Test
    void theApplicationOffersTheRendererAsFormDocuments() {
        new ApplicationContextRunner()
                .withBean("messageSource", MessageSource.class, DocumentFixtures::messages)
                .withBean(Clock.class, () -> DocumentFixtures.CLOCK)
                .withUserConfiguration(DocumentsConfiguration.class, FormDocumentRenderer.class)
                .run(context -> assertThat(context.getBean(FormDocuments.class).docx(SampleFormDocument.scoreSheet()))
                        .isNotEmpty());
    }
}
