package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.ContentItem;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Cover;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Enterprise;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Figure;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.ImplementationPart;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Mode;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Project;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument.Technology;
import cn.gov.hubei.jxt.pilot.documents.DocumentFixtures;
import cn.gov.hubei.jxt.pilot.documents.SampleApplicationDocument;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the model becomes blocks: numbering, checkboxes, paragraphs, and text that would break XML. */
class ApplicationLayoutTest {

    final DocumentMessages messages = new DocumentMessages(DocumentFixtures.messages());
    final ApplicationLayout layout = new ApplicationLayout(messages);

    @Test
    void partsAreNumberedWithChineseNumerals() {
        assertThat(List.of(1, 2, 9, 10, 11, 19, 20, 23, 99)).extracting(messages::numeral)
                .containsExactly("一", "二", "九", "十", "十一", "十九", "二十", "二十三", "九十九");
        assertThatThrownBy(() -> messages.numeral(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void narrativesSplitIntoParagraphsWithoutBlankLinesOrTypedIndents() {
        assertThat(Texts.paragraphs("第一段。\r\n\r\n　　第二段，前面有全角空格。\n  第三段  \rlast"))
                .containsExactly("第一段。", "第二段，前面有全角空格。", "第三段", "last");
        assertThat(Texts.paragraphs(null)).isEmpty();
        assertThat(Texts.paragraphs(" \n\u3000\n")).isEmpty();
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndEverythingElseKept() {
        assertThat(Texts.clean("数控化率\u0007达到\u000B90%\uFFFE")).isEqualTo("数控化率达到90%");
        assertThat(Texts.clean("表情😀与\t制表")).isEqualTo("表情😀与\t制表");
        assertThat(Texts.clean("孤立\uD800代理")).isEqualTo("孤立代理");
    }

    @Test
    void otherModeWithItsTextAndUnansweredQuestionsPrintAsTheFormAsks() {
        ApplicationDocument document = new ApplicationDocument(
                new Cover("项目", "企业", "推荐单位", null),
                new Enterprise("企业", null, null, null, null, null, null, null, null, null, null, null,
                        null, false, null, null),
                new Project(EnumSet.of(Mode.REMOTE_OM), "  数字孪生工厂  ", EnumSet.of(Technology.FIVE_G), null, null,
                        null, null, null, null, null),
                null, null, null, null, false, null, null, null, null, null, null, null, 1);
        List<Block.Table> tables = layout.layout(document).stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).toList();
        Block.Table enterprise = tables.get(0);
        assertThat(text(enterprise.rows().get(2).cells().get(1))).isEqualTo("□国有　□民营　□三资");
        assertThat(text(enterprise.rows().get(10).cells().get(1))).as("unanswered").isEqualTo("□是　□否");
        assertThat(text(enterprise.rows().get(11).cells().get(1))).as("answered no").isEqualTo("□是　☑否");
        Block.Table project = tables.get(1);
        assertThat(text(project.rows().get(0).cells().get(1))).isEqualTo("□离散型智能制造模式　□流程型智能制造模式\n"
                + "□网络协同制造模式　□大规模个性化定制模式\n☑远程运维服务模式　☑其他（数字孪生工厂）");
        // 附件3 offers 工业互联网 and 人工智能 only
        assertThat(text(project.rows().get(1).cells().get(1))).isEqualTo("□工业互联网　□人工智能");
        assertThat(tables).hasSize(2);
    }

    @Test
    void figuresAreNumberedThroughAllPartsAndFittedIntoTheTextWidth() {
        byte[] png = SampleApplicationDocument.figureImages().get(0);
        ContentItem item = new ContentItem(1, "标题", null, "说明", List.of(new Figure(png, "架构图")));
        ApplicationDocument document = new ApplicationDocument(SampleApplicationDocument.minimal().cover(),
                SampleApplicationDocument.minimal().enterprise(), SampleApplicationDocument.minimal().project(),
                null, null, List.of(new ImplementationPart("离散型智能制造", List.of(item, item)),
                new ImplementationPart("工业互联网", List.of(item))),
                null, false, null, null, null, null, null, null, null, 1);
        List<Block.Figure> figures = layout.layout(document).stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).toList();
        assertThat(figures).extracting(Block.Figure::caption).containsExactly("图1　架构图", "图2　架构图", "图3　架构图");
        // 1200 × 800 pixels are 900 × 600 points at 96 dpi; the text is 15.6 cm (442.25 pt) wide
        assertThat(figures.get(0).widthPoints()).isEqualTo(442.2);
        assertThat(figures.get(0).heightPoints()).isEqualTo(294.8);
    }

    @Test
    void aNumberingTheApplicantTypedBeforeACaptionIsNotPrintedTwice() {
        assertThat(layout.caption(1, "图1 车间总体设计模型")).isEqualTo("图1　车间总体设计模型");
        assertThat(layout.caption(2, "图 产品数据管理系统架构")).isEqualTo("图2　产品数据管理系统架构");
        assertThat(layout.caption(3, "图3-2：网络结构图")).isEqualTo("图3　网络结构图");
        assertThat(layout.caption(4, "图４、现场照片")).isEqualTo("图4　现场照片");
        assertThat(layout.caption(5, "图像识别系统架构")).isEqualTo("图5　图像识别系统架构");
        assertThat(layout.caption(6, "图6")).isEqualTo("图6");
        assertThat(layout.caption(7, null)).isEqualTo("图7");
    }

    @Test
    void theCoverOfASubmittedVersionFollowsTheTemplateWithoutAVersionLine() {
        Block.Cover cover = (Block.Cover) layout.layout(SampleApplicationDocument.full()).get(0);
        assertThat(cover.version()).isNull();
        assertThat(cover.lines()).extracting(Block.CoverLine::label)
                .containsExactly("项目名称：", "申报单位（盖章）：", "推荐单位（盖章）：", "申报日期：");
        assertThat(((Block.Cover) layout.layout(SampleApplicationDocument.full().asDraft()).get(0)).version())
                .isEqualTo("草稿预览（未提交）");
    }

    @Test
    void partSixListsItsTwoItemsAsTheTemplateAndTheSelfAssessmentIsAnAppendixAfterIt() {
        List<Block> blocks = layout.layout(SampleApplicationDocument.full());
        List<String> headings = blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast)
                .map(h -> h.level() + ":" + h.text()).toList();
        assertThat(headings).doesNotContain("2:（八）要素条件自评");
        int six = headings.indexOf("1:六、相关附件");
        assertThat(headings.subList(six, headings.size())).containsExactly("1:六、相关附件",
                "3:1.项目关键技术装备、软件的清单及品牌、供应商；", "3:2.企业专利。", "1:附录　要素条件自评");
        // the tables under 六 follow their item, the self-assessment table the appendix heading
        int appendix = blocks.indexOf(new Block.Heading(1, "附录　要素条件自评"));
        assertThat(blocks.get(appendix + 1)).isEqualTo(new Block.Text("注意：本项目有要素条件自评为“部分满足”或“不满足”，"
                + "或量化指标未达到要素条件的要求，详见下表。", Block.TextStyle.NOTE));
        assertThat(blocks.get(appendix + 2)).isInstanceOf(Block.Table.class);
        assertThat(blocks.get(blocks.size() - 1)).isSameAs(blocks.get(appendix + 2));
        assertThat(blocks.get(blocks.indexOf(new Block.Heading(3, "2.企业专利。")) + 1))
                .isInstanceOf(Block.Table.class);
    }

    @Test
    void noTableCellIsJustified() {
        List<Block.Table> tables = layout.layout(SampleApplicationDocument.full()).stream()
                .filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
        assertThat(tables).hasSize(8);
        for (Block.Table table : tables) {
            for (Block.Row row : table.rows()) {
                for (Block.Cell cell : row.cells()) {
                    if (cell instanceof Block.Content content) {
                        assertThat(content.align()).isNotEqualTo(Block.Align.BOTH);
                        assertThat(content.lines()).allSatisfy(l -> assertThat(l.align()).isNotEqualTo(Block.Align.BOTH));
                    }
                }
            }
        }
    }

    @Test
    void figuresMustBePngOrJpeg() {
        byte[] gif = "GIF89a......".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new Figure(gif, "动图")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theXhtmlForThePdfIsWellFormedWhateverTheTextHolds() throws Exception {
        ApplicationDocument hostile = new ApplicationDocument(
                new Cover("<script>alert('x')</script> & \"项目\"", "企业\u0001", "推荐", null),
                SampleApplicationDocument.minimal().enterprise(), SampleApplicationDocument.minimal().project(),
                "a < b && c > d\n]]>", null, null, null, false, null, null, null, null, null, null, null, 1);
        String xhtml = new XhtmlWriter().write(layout.layout(hostile), "标题",
                new XhtmlWriter.FontFamilies("'a'", "'b'", "'c'", "'d'"));
        var parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getTextContent())
                .contains("<script>alert('x')</script> & \"项目\"", "a < b && c > d", "]]>");
        assertThat(xhtml).doesNotContain("<script>");
    }

    private static String text(Block.Cell cell) {
        Block.Content content = (Block.Content) cell;
        StringBuilder sb = new StringBuilder();
        for (Block.Line line : content.lines()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            for (Block.Span span : line.spans()) {
                sb.append(switch (span.box()) {
                    case CHECKED -> "☑";
                    case UNCHECKED -> "□";
                    case NONE -> "";
                }).append(span.text());
            }
        }
        return sb.toString();
    }
}
