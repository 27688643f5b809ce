package cn.gov.hubei.jxt.pilot.documents;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The .docx of the full sample, opened again with POI and read the way Word would show it. */
class ApplicationDocxTest {

    static final String BODY_SAMPLE = "武汉智造示范科技有限公司是湖北省重点培育的新能源汽车核心零部件企业。";

    static byte[] bytes;
    static XWPFDocument docx;

    @BeforeAll
    static void render() throws IOException {
        bytes = DocumentFixtures.documents().docx(SampleApplicationDocument.full());
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    @Test
    void headingsFollowTheFormInOrder() {
        List<String> headings = paragraphs().stream()
                .filter(p -> p.getStyle() != null && List.of("Heading1", "Heading2").contains(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertThat(headings).containsExactly(
                "一、企业和项目基本信息", "（一）企业基本信息", "（二）项目基本信息",
                "二、项目基本情况", "（一）项目（企业）概述", "（二）项目实施的先进性",
                "三、项目实施现状", "（一）离散型智能制造", "（二）流程型智能制造", "（三）网络协同制造",
                "（四）大规模个性化定制", "（五）远程运维服务", "（六）工业互联网", "（七）人工智能",
                "四、下一步实施计划", "（一）下一步项目建设的主要内容和实施计划", "（二）项目实施预期目标", "（三）项目成长性分析",
                "五、项目示范推广分析",
                "六、相关附件", "附录　要素条件自评");
        List<String> items = withStyle("Heading3").stream().map(XWPFParagraph::getText).toList();
        assertThat(items.subList(items.size() - 2, items.size()))
                .containsExactly("1.项目关键技术装备、软件的清单及品牌、供应商；", "2.企业专利。");
    }

    @Test
    void contentItemsAreLevelThreeHeadingsWithTheirRequirementAsPrompt() {
        List<String> texts = paragraphs().stream().map(XWPFParagraph::getText).toList();
        int item = texts.indexOf("1.项目系统模型建立与运行情况");
        assertThat(item).isPositive();
        assertThat(paragraphs().get(item).getStyle()).isEqualTo("Heading3");
        assertThat(texts.get(item + 1)).isEqualTo("（填报要求：请分别提供车间/工厂总体设计模型、工程设计模型、工艺流程及布局模型的"
                + "架构及说明；提供上述系统模型模拟仿真的情况。）");
        assertThat(paragraphs().stream().filter(p -> "Heading3".equals(p.getStyle())).count())
                .as("7 + 7 + 6 + 4 + 5 items of the modes, 5 + 4 of the technologies, 2 items of part 六")
                .isEqualTo(40);
    }

    @Test
    void theCoverCarriesTitleProjectApplicantRecommenderDateAndCompiler() {
        List<String> texts = paragraphs().stream().map(XWPFParagraph::getText).toList();
        // the cover lines of 附件3 and nothing else: no version number
        assertThat(texts.subList(0, 2)).containsExactly("湖北省智能制造试点示范项目", "申报书");
        assertThat(texts).noneMatch(t -> t.matches("第\\d+版"));
        XWPFTable cover = docx.getTables().get(0);
        assertThat(rowTexts(cover)).containsExactly(
                List.of("项目名称：", SampleApplicationDocument.PROJECT_NAME),
                List.of("申报单位（盖章）：", SampleApplicationDocument.ENTERPRISE_NAME),
                List.of("推荐单位（盖章）：", SampleApplicationDocument.RECOMMENDER),
                List.of("申报日期：", "2020年9月15日"));
        assertThat(texts).contains("湖北省经济和信息化厅编制");
        XWPFParagraph compiler = paragraphs().stream()
                .filter(p -> p.getText().equals("湖北省经济和信息化厅编制")).findFirst().orElseThrow();
        assertThat(compiler.getCTP().getPPr().isSetSectPr()).as("the cover ends its own section").isTrue();
        XWPFRun title = paragraphs().get(0).getRuns().get(0);
        assertThat(eastAsia(title)).isEqualTo("黑体");
        assertThat(halfPoints(title)).isEqualTo(52);
    }

    @Test
    void theEnterpriseTableHasLabelsAndValuesInTheFormsCells() {
        XWPFTable table = docx.getTables().get(1);
        List<List<String>> rows = rowTexts(table);
        assertThat(rows.get(0)).containsExactly("企业名称", SampleApplicationDocument.ENTERPRISE_NAME);
        assertThat(rows.get(1)).containsExactly("组织机构代码（统一社会信用代码）", SampleApplicationDocument.CREDIT_CODE,
                "成立时间", "2016年5月18日");
        assertThat(rows.get(2)).containsExactly("企业性质", "□国有　☑民营　□三资");
        assertThat(rows.get(4)).containsExactly("联系人", "姓名", "张明", "电话", "027-87654321");
        assertThat(rows.get(5)).containsExactly("", "职务", "智能制造部部长", "手机", "13912345678");
        assertThat(rows.get(6)).containsExactly("", "传真", "027-87654322", "E-mail", "zhangming@example.cn");
        assertThat(rows.get(7)).containsExactly("总资产（万元）", "256800.50", "负债率", "46.8%");
        assertThat(rows.get(8)).containsExactly("信用等级", "AAA", "上年销售（万元）", "312500.00");
        assertThat(rows.get(9)).containsExactly("上年税金（万元）", "15620.35", "上年利润（万元）", "28760.12");
        assertThat(rows.get(10)).containsExactly("是否是两化融合管理体系贯标试点企业", "☑是　□否");
        assertThat(rows.get(11)).containsExactly("是否是智能制造综合标准化与新模式应用支持的项目",
                "☑是（项目名称：新能源汽车电驱动系统智能制造新模式应用）　□否");
        assertThat(rows.get(12)).containsExactly("企\n业\n简\n介", SampleApplicationDocument.INTRODUCTION);
        assertThat(rows).hasSize(13);

        // the 联系人 label covers three rows, as on the form
        assertThat(vMerge(table.getRow(4).getCell(0))).isEqualTo(STMerge.RESTART);
        assertThat(table.getRow(5).getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
        assertThat(table.getRow(6).getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
        assertThat(vMerge(table.getRow(5).getCell(0))).isNotEqualTo(STMerge.RESTART);
        // value cells spanning the grid: the name over three columns, the introduction over four
        assertThat(gridSpan(table.getRow(0).getCell(1))).isEqualTo(3);
        assertThat(gridSpan(table.getRow(12).getCell(1))).isEqualTo(4);
        assertThat(SampleApplicationDocument.INTRODUCTION.codePointCount(0,
                SampleApplicationDocument.INTRODUCTION.length())).isEqualTo(400);
    }

    @Test
    void theProjectTableShowsTheSelectedModesAndTechnologiesAsCheckedBoxes() {
        XWPFTable table = docx.getTables().get(2);
        List<List<String>> rows = rowTexts(table);
        assertThat(rows.get(0)).containsExactly("试点示范模式", "☑离散型智能制造模式　☑流程型智能制造模式\n"
                + "☑网络协同制造模式　☑大规模个性化定制模式\n☑远程运维服务模式　□其他");
        assertThat(rows.get(1)).containsExactly("新技术创新应用", "☑工业互联网　☑人工智能");
        assertThat(rows.get(2)).containsExactly("项目名称", SampleApplicationDocument.PROJECT_NAME);
        assertThat(rows.get(4)).containsExactly("起止日期", "2019年3月1日至2021年12月31日", "项目投资（万元）", "38600.00");
        assertThat(rows.get(5).get(0)).isEqualTo("项\n目\n简\n述");
        assertThat(rows.get(6).get(0)).isEqualTo("真实性承诺");
        assertThat(rows.get(6).get(1)).startsWith("我单位申报的所有材料，均真实、完整，如有不实，愿承担相应的责任。")
                .contains("法定代表人签章：", "公　　　　　章：", "年　　月　　日");
    }

    @Test
    void bodyTextIsThreeHaoFangsongAndHeadingsHeitiAndKaiti() {
        XWPFParagraph body = paragraphs().stream().filter(p -> p.getText().equals(BODY_SAMPLE)).findFirst()
                .orElseThrow();
        assertThat(body.getRuns()).allSatisfy(run -> {
            assertThat(eastAsia(run)).isEqualTo("仿宋");
            assertThat(fonts(run).getAscii()).isEqualTo("Times New Roman");
            assertThat(halfPoints(run)).isEqualTo(32);
        });
        assertThat(body.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));

        List<XWPFParagraph> level1 = withStyle("Heading1");
        List<XWPFParagraph> level2 = withStyle("Heading2");
        assertThat(level1).hasSize(7).allSatisfy(p -> assertThat(p.getRuns()).allSatisfy(run -> {
            assertThat(eastAsia(run)).isEqualTo("黑体");
            assertThat(halfPoints(run)).isEqualTo(32);
        }));
        assertThat(level2).hasSize(14).allSatisfy(p -> assertThat(p.getRuns()).allSatisfy(run -> {
            assertThat(eastAsia(run)).isEqualTo("楷体");
            assertThat(halfPoints(run)).isEqualTo(32);
        }));
        // single line spacing of 3号 (1.3 times the size), set exactly as the PDF sets it
        String styles = docx.getStyles().getCtStyles().xmlText();
        assertThat(styles).contains("w:line=\"416\"", "w:lineRule=\"exact\"", "w:eastAsia=\"仿宋\"");
        assertThat(body.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(416));
    }

    @Test
    void pagesAreA4WithTheMarginsOfGovernmentDocuments() {
        CTSectPr body = docx.getDocument().getBody().getSectPr();
        CTPageSz size = body.getPgSz();
        assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
        CTPageMar margins = body.getPgMar();
        assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(2098)); // 3.7 cm
        assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1984)); // 3.5 cm
        assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1587)); // 2.8 cm
        assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(1474)); // 2.6 cm
        assertThat(body.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
    }

    @Test
    void theFooterNumbersPagesWithAPageFieldBetweenDashes() {
        assertThat(docx.getFooterList()).hasSize(1);
        String footer = docx.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
        assertThat(footer).containsPattern("<w:instrText[^>]*>\\s*PAGE\\s*</w:instrText>")
                .contains("w:fldCharType=\"begin\"", "w:fldCharType=\"end\"");
        assertThat(docx.getFooterList().get(0).getText().strip()).isEqualTo("\u2014 1 \u2014");
    }

    @Test
    void figuresAreEmbeddedWithCaptionsNumberedThroughTheDocument() {
        List<XWPFPictureData> pictures = docx.getAllPictures();
        assertThat(pictures).hasSize(SampleApplicationDocument.FIGURES);
        assertThat(pictures.stream().map(XWPFPictureData::getData).map(ApplicationDocxTest::sha256).toList())
                .containsExactlyInAnyOrderElementsOf(
                        SampleApplicationDocument.figureImages().stream().map(ApplicationDocxTest::sha256).toList());
        List<String> captions = withStyle("Caption").stream().map(XWPFParagraph::getText).toList();
        assertThat(captions).hasSize(10).startsWith("图1　车间总体设计模型", "图2　产品数据管理系统（PDM）整体架构图")
                .endsWith("图10　视觉缺陷检测现场照片");
        // each caption sits right under its picture
        List<XWPFParagraph> all = paragraphs();
        XWPFParagraph first = withStyle("Caption").get(0);
        XWPFRun picture = all.get(all.indexOf(first) - 1).getRuns().get(0);
        assertThat(picture.getEmbeddedPictures()).hasSize(1);
        assertThat(picture.getEmbeddedPictures().get(0).getDescription()).isEqualTo("图1　车间总体设计模型");
    }

    @Test
    void longNarrativesBecomeParagraphsAndKeepEveryCharacter() {
        List<String> texts = paragraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(texts).contains(BODY_SAMPLE, "项目平台入口：" + SampleApplicationDocument.LONG_WORD);
        String overview = texts.stream().filter(t -> t.startsWith("通过项目实施")).findFirst().orElseThrow();
        assertThat(overview.length()).isGreaterThan(400);
    }

    @Test
    void theListTablesRepeatTheirHeaderRowOnEachPage() {
        List<XWPFTable> lists = docx.getTables().subList(3, docx.getTables().size());
        assertThat(lists).extracting(t -> t.getRow(0).getCell(0).getText() + "|" + t.getRow(0).getCell(1).getText())
                .containsExactly("序号|阶段", "指标|单位", "序号|场景名称", "序号|名称", "序号|专利号", "序号|要素条件");
        assertThat(lists).allSatisfy(t -> {
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            // no row breaks across pages
            assertThat(t.getRows()).allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue());
            assertThat(t.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");
        });
        assertThat(docx.getTables().subList(1, 3)).allSatisfy(t -> assertThat(t.getRows())
                .allSatisfy(row -> assertThat(row.isCantSplitRow()).isTrue()));
        XWPFTable indicators = lists.get(1);
        assertThat(rowTexts(indicators).get(1)).containsExactly("运营成本降低", "万元/年", "12800", "10240", "下降20.0%", "是");
        assertThat(rowTexts(indicators).get(3)).containsExactly("生产效率提高", "套/人·天", "4.0", "5.6", "提高40.0%", "是");
        assertThat(rowTexts(indicators).get(5)).containsExactly("能源利用率提高", "%", "78.0", "78.0", "持平", "否");
        XWPFTable equipment = lists.get(3);
        assertThat(rowTexts(equipment).get(1)).containsExactly("1", "六轴工业机器人", "高档数控机床与工业机器人", "华数",
                "武汉华中数控股份有限公司", "国产（省内）", "24");
    }

    @Test
    void unmetElementConditionsArePrintedAsANoteAboveTheSelfAssessmentInTheAppendix() {
        List<String> texts = paragraphs().stream().map(XWPFParagraph::getText).toList();
        int heading = texts.indexOf("附录　要素条件自评");
        assertThat(texts.get(heading + 1)).isEqualTo("注意：本项目有要素条件自评为“部分满足”或“不满足”，"
                + "或量化指标未达到要素条件的要求，详见下表。");
        XWPFTable selfAssessment = docx.getTables().get(docx.getTables().size() - 1);
        List<List<String>> rows = rowTexts(selfAssessment);
        assertThat(rows.get(1)).containsExactly("离散型智能制造");
        assertThat(rows).contains(List.of("3", "采用先进控制系统，工厂自控投用率达到90%以上，关键生产环节实现基于模型的先进控制和在线优化。",
                "部分满足", "见实施现状第3部分的说明和附图。", "工厂自控投用率：88.0%（要求达到90%以上）\n未达到"));
    }

    @Test
    void theSameModelAlwaysRendersTheSameBytesDatedByTheModel() throws IOException {
        byte[] again = DocumentFixtures.documents().docx(SampleApplicationDocument.full());
        assertThat(again).isEqualTo(bytes);
        var core = docx.getProperties().getCoreProperties();
        assertThat(core.getCreated().toInstant())
                .isEqualTo(SampleApplicationDocument.DATE.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(core.getTitle()).isEqualTo("湖北省智能制造试点示范项目申报书");
        assertThat(core.getCreator()).isEqualTo(SampleApplicationDocument.ENTERPRISE_NAME);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<XWPFParagraph> paragraphs() {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private static List<XWPFParagraph> withStyle(String style) {
        return paragraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    /** Each row's cells' text, paragraphs joined by line breaks. */
    static List<List<String>> rowTexts(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getParagraphs().stream()
                    .map(XWPFParagraph::getText).collect(Collectors.joining("\n"))).toList());
        }
        return rows;
    }

    private static STMerge.Enum vMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr.getVMerge().getVal();
    }

    private static int gridSpan(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr().getGridSpan().getVal().intValue();
    }

    private static CTFonts fonts(XWPFRun run) {
        CTRPr pr = run.getCTR().getRPr();
        return pr.getRFontsArray(0);
    }

    private static String eastAsia(XWPFRun run) {
        return fonts(run).getEastAsia();
    }

    private static int halfPoints(XWPFRun run) {
        return ((BigInteger) run.getCTR().getRPr().getSzArray(0).getVal()).intValue();
    }
}
