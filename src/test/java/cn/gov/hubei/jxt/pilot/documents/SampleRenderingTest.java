package cn.gov.hubei.jxt.pilot.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the full sample to {@code target/documents/} — sample.docx, sample.pdf and PNG pictures of the PDF's first
 * pages — for a person to look at, and checks that what was written opens again.
 */
class SampleRenderingTest {

    static final Path OUT = Path.of("target/documents");
    static final int PAGES_AS_PICTURES = 6;

    @Test
    void writesTheSampleAsDocxPdfAndPicturesOfThePdfPages() throws Exception {
        ApplicationDocuments documents = DocumentFixtures.documents();
        ApplicationDocument sample = SampleApplicationDocument.full();
        Files.createDirectories(OUT);

        byte[] docx = documents.docx(sample);
        Files.write(OUT.resolve("sample.docx"), docx);
        try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(reopened.getAllPictures()).hasSize(SampleApplicationDocument.FIGURES);
        }

        byte[] pdf = documents.pdf(sample);
        Files.write(OUT.resolve("sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(PAGES_AS_PICTURES);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < PAGES_AS_PICTURES; page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60, ImageType.RGB), "png",
                        OUT.resolve("sample-page-" + (page + 1) + ".png").toFile());
            }
        }
        assertThat(OUT.resolve("sample-page-1.png")).exists();

        // and the 汇总表 of a division with a few entries, as Word and Excel files
        SummaryTableDocuments tables = new SummaryTableDocuments(DocumentFixtures.messages(), DocumentFixtures.CLOCK);
        SummaryTable table = new SummaryTable(2020, SampleApplicationDocument.RECOMMENDER, java.util.List.of(
                new SummaryTable.Row(SampleApplicationDocument.PROJECT_NAME, SampleApplicationDocument.ENTERPRISE_NAME,
                        "张明", "027-87654321 / 13912345678", null),
                new SummaryTable.Row("高端数控机床远程运维服务平台建设项目", "湖北精工机床集团股份有限公司", "李华",
                        "13800001111", "已完成一期建设")), SampleApplicationDocument.DATE);
        Files.write(OUT.resolve("summary.docx"), tables.docx(table));
        Files.write(OUT.resolve("summary.xlsx"), tables.xlsx(table));
        assertThat(OUT.resolve("summary.xlsx")).exists();
    }
}
