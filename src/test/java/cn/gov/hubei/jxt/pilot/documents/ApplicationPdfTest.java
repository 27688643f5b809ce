package cn.gov.hubei.jxt.pilot.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

import java.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The PDF of the full sample: Chinese text that can be read back, an embedded font, A4, page numbers. */
class ApplicationPdfTest {

    static final String NO_FONT = "服务器未安装可用的中文字体，无法生成 PDF；请下载 .docx 版本，或由管理员按 README 安装字体。";

    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = DocumentFixtures.documents().pdf(SampleApplicationDocument.full());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theTextHoldsTheProjectNameAndTheFormsHeadingsInChinese() {
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains(SampleApplicationDocument.PROJECT_NAME, "湖北省智能制造试点示范项目",
                "一、企业和项目基本信息", "（一）企业基本信息", "三、项目实施现状", "六、相关附件", "湖北省经济和信息化厅编制",
                "视觉缺陷检测现场照片", "注意：本项目有要素条件自评为");
        assertThat(flat.indexOf("二、项目基本情况")).isLessThan(flat.indexOf("三、项目实施现状"));
    }

    @Test
    void everyFontIsEmbeddedAndPagesAreA4() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("%s embedded", font.getName()).isTrue());
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("WenQuanYiMicroHei"));
            assertThat(document.getNumberOfPages()).isGreaterThan(20);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("湖北省智能制造试点示范项目申报书");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(SampleApplicationDocument.DATE.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        }
    }

    @Test
    void bodyHeadingsOfLevelOneAndLevelTwoPrintInThreeDistinctChineseFaces() throws IOException {
        // what pdffonts lists: the faces of 仿宋 (body), 黑体 (level-1 headings) and 楷体 (level-2 headings)
        List<String> faces = faces(pdf);
        assertThat(faces).anySatisfy(f -> assertThat(f).containsIgnoringCase("FangSong"))
                .anySatisfy(f -> assertThat(f).containsIgnoringCase("Hei"))
                .anySatisfy(f -> assertThat(f).matches("(?i).*(kai).*"));
        // and each where it belongs: page 2 opens with a level-1 heading, the body and a level-2 heading
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> used = new ArrayList<>();
            PDPage page = document.getPage(1);
            for (COSName name : page.getResources().getFontNames()) {
                used.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(used).anySatisfy(f -> assertThat(f).containsIgnoringCase("FangSong"))
                    .anySatisfy(f -> assertThat(f).containsIgnoringCase("Hei"))
                    .anySatisfy(f -> assertThat(f).containsIgnoringCase("Kai"));
        }
    }

    @Test
    void datesAndPatentNumbersAreNeverBrokenInsideTheirTableCells() {
        List<String> lines = text.lines().map(String::strip).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("ZL201810123456.7"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("2021年12月31日"));
        for (String line : lines) {
            // a fragment of a date or a patent number alone at the start of a line means it was broken
            assertThat(line).doesNotMatch("^(年|月|日|\\d{1,2}日|\\d{1,2}月\\d{1,2}日|\\.[0-9X])($|\\s.*)");
        }
        for (String number : List.of("ZL201810123456.7", "ZL201920654321.X", "ZL201930111222.3", "2020SR0123456",
                "ZL201710987654.3", "2020SR0654321")) {
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(number));
        }
    }

    static List<String> faces(byte[] bytes) throws IOException {
        List<String> faces = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    String face = page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", "");
                    if (!faces.contains(face)) {
                        faces.add(face);
                    }
                }
            }
        }
        return faces;
    }

    @Test
    void theTenFiguresAreEmbeddedAsImages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(SampleApplicationDocument.FIGURES);
        }
    }

    @Test
    void theCoverHasNoPageNumberAndTheBodyIsNumberedFromOne() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).doesNotContain("\u2014");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document).replace('\u00A0', ' ').replaceAll(" +", " ").lines())
                    .contains("\u2014 1 \u2014", "一、企业和项目基本信息");
        }
    }

    @Test
    void theSameModelRendersTheSameBytes() {
        assertThat(DocumentFixtures.documents().pdf(SampleApplicationDocument.full())).isEqualTo(pdf);
    }

    @Test
    void withoutAUsableFontThePdfIsRefusedClearlyAndTheDocxStillWorks() {
        new ApplicationContextRunner()
                .withBean("messageSource", MessageSource.class, DocumentFixtures::messages)
                .withBean(Clock.class, () -> DocumentFixtures.CLOCK)
                .withUserConfiguration(DocumentsConfiguration.class)
                .withPropertyValues("app.documents.fonts=/nonexistent/fonts/simfang.ttf")
                .run(context -> {
                    ApplicationDocuments documents = context.getBean(ApplicationDocuments.class);
                    ApplicationDocument sample = SampleApplicationDocument.full();
                    assertThatThrownBy(() -> documents.pdf(sample))
                            .isInstanceOf(PdfFontUnavailableException.class)
                            .hasMessage(NO_FONT)
                            .satisfies(e -> assertThat(((PdfFontUnavailableException) e).candidates())
                                    .containsExactly(Path.of("/nonexistent/fonts/simfang.ttf")));
                    assertThat(documents.docx(sample)).isNotEmpty();
                });
    }

    @Test
    void withoutPropertiesTheDefaultFontLocationsAreUsed() {
        new ApplicationContextRunner()
                .withBean("messageSource", MessageSource.class, DocumentFixtures::messages)
                .withBean(Clock.class, () -> DocumentFixtures.CLOCK)
                .withUserConfiguration(DocumentsConfiguration.class)
                .run(context -> assertThat(context.getBean(DocumentsProperties.class))
                        .isEqualTo(DocumentsProperties.defaults()));
    }

    @Test
    void openTypeFontsAndFontsWithoutChineseGlyphsAreSkipped(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path otf = Files.write(dir.resolve("NotoSansCJK-Regular.otf"), new byte[] {'O', 'T', 'T', 'O'});
        Path broken = Files.write(dir.resolve("broken.ttf"), new byte[] {0, 1, 0, 0, 9, 9});
        List<Path> candidates = new ArrayList<>(List.of(otf, broken));
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.exists(latinOnly)) {
            candidates.add(latinOnly);
        }
        ApplicationDocuments documents = DocumentFixtures.documents(candidates);
        assertThatThrownBy(() -> documents.pdf(SampleApplicationDocument.minimal()))
                .isInstanceOf(PdfFontUnavailableException.class).hasMessage(NO_FONT);
    }

    @Test
    void theFirstUsableFontIsTakenWhenEarlierCandidatesAreMissing() throws IOException {
        Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        assumeThat(wqy).exists();
        byte[] bytes = DocumentFixtures.documents(List.of(Path.of("/nonexistent/simkai.ttf"), wqy))
                .pdf(SampleApplicationDocument.minimal());
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains(SampleApplicationDocument.ENTERPRISE_NAME);
        }
    }
}
