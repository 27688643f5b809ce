package cn.gov.hubei.jxt.pilot.documents;

import cn.gov.hubei.jxt.pilot.documents.internal.FormDocumentRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Form documents as PDF: the Chinese text reads back exactly, every font is embedded, the page is A4 upright or
 * lying, a long table runs over several pages with its header on each. Writes the samples to
 * {@code target/documents/forms/}.
 */
class FormDocumentsPdfTest {

    static final FormDocuments FORMS = SampleFormDocument.renderer();
    static final Path OUT = Path.of("target/documents/forms");

    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    static List<String> lines(String text) {
        return text.lines().map(l -> l.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip()).filter(l -> !l.isEmpty())
                .toList();
    }

    static byte[] save(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), pdf);
        return pdf;
    }

    @Test
    void theScoreSheetReadsBackInChineseOnAnA4PageWithEveryFontEmbedded() throws IOException {
        byte[] pdf = save("score-sheet.pdf", FORMS.pdf(SampleFormDocument.scoreSheet()));
        List<String> pages = pages(pdf);
        assertThat(pages).hasSize(1);
        List<String> lines = lines(pages.get(0));
        assertThat(lines.subList(0, 4)).containsExactly("湖北省智能制造试点示范项目专家评分表",
                "评审会：2031年第一次评审会 组别：第一组", "专家：李四", "一、项目基本信息");
        assertThat(lines).contains("项目名称 宜昌数字化车间建设项目", "企业名称 宜昌测试智造有限公司", "二、评分",
                "序号 指标 分值 得分", "1 项目先进性 25 22.50", "项目实施基础", "（含要素条件）", "三、评审意见",
                "项目建设内容完整，技术路线清晰。", "建议加强数据治理。",
                "专家签名：＿＿＿＿＿＿＿＿ 日期： 年 月 日", "— 1 —");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(SampleFormDocument.SCORE_TITLE);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("湖北省经济和信息化厅");
        }
    }

    @Test
    void threeHundredRowsRunOverSeveralLyingPagesEachWithTheHeaderAndNoRowSplit() throws IOException {
        byte[] pdf = save("summary-300.pdf", FORMS.pdf(SampleFormDocument.summary(300)));
        List<String> pages = pages(pdf);
        assertThat(pages).hasSizeGreaterThan(5);
        String header = String.join(" ", SampleFormDocument.SUMMARY_HEADER);
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = lines(pages.get(i));
            assertThat(lines).as("page %d", i + 1).contains(header, "— " + (i + 1) + " —");
        }
        String all = String.join("\n", pages);
        for (int row = 1; row <= 300; row++) {
            // every row whole on one page: its number, name, enterprise and division on one line
            assertThat(all).contains(row + " 数字化车间建设项目" + row + " 湖北测试智造有限公司" + row + " 宜昌市经济和信息化局");
        }
        assertThat(lines(pages.get(pages.size() - 1))).contains("处室负责人签名：＿＿＿＿＿＿＿＿ 日期： 年 月 日");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void aFigureIsPrintedAtTheTextWidthWithItsCaption() throws IOException {
        byte[] pdf = save("checklist.pdf", FORMS.pdf(SampleFormDocument.checklist(
                SampleFormDocument.image(400, 300, "jpg"))));
        assertThat(lines(pages(pdf).get(0))).contains("湖北省智能制造试点示范项目现场核查表", "图1 生产线现场",
                "核查组组长签名：＿＿＿＿＿＿＿＿", "企业负责人签名：＿＿＿＿＿＿＿＿");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(400);
        }
    }

    static final String SPECIALS = "<b>&amp;\"引号\"</b> & ]]>";

    /** Control characters, an unpaired surrogate, XML specials, a cell of 10,000 characters, a word of 3,000. */
    static FormDocument hostile() {
        String longCell = "长".repeat(10_000);
        return new FormDocument(SPECIALS + "\u0001", List.of("甲\u0008乙\uD800"),
                FormDocument.Orientation.PORTRAIT, List.of(new FormDocument.Paragraph(SPECIALS + "\u001B"),
                new FormDocument.Grid("汇总", List.of("<列>", "&"), List.of(1, 1), List.of(false, true),
                        List.of(List.of(longCell, "<1>"), java.util.Arrays.asList(null, null))),
                new FormDocument.Fields(List.of(new FormDocument.Field("说明", "x".repeat(3000))))),
                SPECIALS, LocalDate.of(2031, 6, 1));
    }

    @Test
    void hostileTextsControlCharactersLongCellsAndXmlSpecialsDoNotBreakThePdf() throws IOException {
        String specials = SPECIALS;
        List<String> pages = pages(save("hostile.pdf", FORMS.pdf(hostile())));
        List<String> first = lines(pages.get(0));
        assertThat(first.subList(0, 3)).containsExactly(specials, "甲乙", specials);
        String all = String.join("", pages).replaceAll("\\s", "");
        assertThat(all).contains("<列>&", "<1>", "长".repeat(100));
        assertThat(all.chars().filter(c -> c == '长').count()).isEqualTo(10_000);
        assertThat(all.chars().filter(c -> c == 'x').count()).isEqualTo(3000);
    }

    @Test
    void theTitlePrintsInXiaoBiaoSongWhenSuchAFontIsConfiguredAndOnlyTheTitle(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path kai = Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");
        Path fangsong = Path.of("/usr/share/fonts/truetype/cwtex/cwfs.ttf");
        assumeThat(Files.exists(kai) && Files.exists(fangsong)).as("Debian's fonts are installed").isTrue();
        // a face standing in for 方正小标宋简体, known by its file name
        Path xiaobiaosong = Files.copy(kai, dir.resolve("FZXBSJW.TTF"));
        FormDocuments forms = new FormDocumentRenderer(DocumentFixtures.messages(),
                new DocumentsProperties(List.of(fangsong.toString(), xiaobiaosong.toString())), DocumentFixtures.CLOCK);
        FormDocument titleOnly = new FormDocument("专家评分表", List.of(), FormDocument.Orientation.PORTRAIT, List.of(),
                "湖北省经济和信息化厅", LocalDate.of(2031, 6, 18));
        FormDocument textOnly = new FormDocument("", List.of(), FormDocument.Orientation.PORTRAIT,
                List.of(new FormDocument.Paragraph("专家评分表")), "湖北省经济和信息化厅", LocalDate.of(2031, 6, 18));
        assertThat(fontNames(forms.pdf(titleOnly))).anyMatch(n -> n.contains("ZenKai"));
        assertThat(fontNames(forms.pdf(textOnly))).noneMatch(n -> n.contains("ZenKai"));
    }

    static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    @Test
    void withoutAChineseFontThePdfIsRefusedAndTheOtherFormatsStillWork() {
        FormDocuments forms = new FormDocumentRenderer(DocumentFixtures.messages(),
                new DocumentsProperties(List.of("/nonexistent/fonts/simfang.ttf")), DocumentFixtures.CLOCK);
        assertThatThrownBy(() -> forms.pdf(SampleFormDocument.scoreSheet()))
                .isInstanceOf(PdfFontUnavailableException.class)
                .hasMessage(ApplicationPdfTest.NO_FONT);
        assertThat(forms.docx(SampleFormDocument.scoreSheet())).isNotEmpty();
        assertThat(forms.xlsx(SampleFormDocument.scoreSheet())).isNotEmpty();
    }

    /** Optional: LibreOffice opens the .docx and prints the long table over several pages, the header on each. */
    @Test
    void libreOfficeConvertsTheDocxWithTheHeaderOnEveryPage() throws Exception {
        assumeThat(onPath("soffice")).as("LibreOffice (soffice) is installed").isTrue();
        Path dir = Files.createDirectories(OUT.toAbsolutePath());
        Path docx = Files.write(dir.resolve("summary-300.docx"), FORMS.docx(SampleFormDocument.summary(300)));
        Files.write(dir.resolve("score-sheet.docx"), FORMS.docx(SampleFormDocument.scoreSheet()));
        List<String> pages = pages(DocxPdfPagesTest.libreOffice(docx, dir.resolve("libreoffice")));
        assertThat(pages).hasSizeGreaterThan(5);
        // every page holding rows begins them with the header (LibreOffice 7.4 does not keep the table's last rows
        // with the lines to sign after it, as Word does: those may stand on a page of their own there)
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = lines(pages.get(i));
            if (lines.stream().anyMatch(l -> l.contains("数字化车间建设项目"))) {
                assertThat(lines).as("page %d", i + 1).contains(String.join(" ", SampleFormDocument.SUMMARY_HEADER));
            }
        }
        assertThat(String.join("", pages)).contains("数字化车间建设项目 300", "处室负责人签名");
        assertThat(lines(pages.get(0)).get(0)).isEqualTo(SampleFormDocument.SUMMARY_TITLE);

        // hostile texts do not keep LibreOffice from opening the file
        Path hostile = Files.write(dir.resolve("hostile.docx"), FORMS.docx(hostile()));
        String text = String.join("", pages(DocxPdfPagesTest.libreOffice(hostile, dir.resolve("libreoffice"))))
                .replaceAll("\\s", "");
        assertThat(text).contains("<b>&amp;\"引号\"</b>&]]>", "甲乙", "<列>&", "<1>");
        assertThat(text.chars().filter(c -> c == '长').count()).isEqualTo(10_000);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
