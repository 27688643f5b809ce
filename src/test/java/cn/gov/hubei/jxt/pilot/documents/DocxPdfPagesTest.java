package cn.gov.hubei.jxt.pilot.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .docx and the PDF of one 申报书 break their pages alike: LibreOffice converts the .docx to PDF (with the .docx's
 * 仿宋, 黑体, 楷体 and Times New Roman resolved to the fonts the PDF embeds, as fontconfig aliases), and both PDFs have
 * the same number of pages, with the cover and each part of 附件3 on the same page. Inside a long part the two
 * renderers may still break a line differently (LibreOffice and the PDF renderer keep punctuation off a line's start
 * by different rules), so a page inside a part may begin a line earlier or later. Writes both to
 * {@code target/documents/}.
 */
class DocxPdfPagesTest {

    static final Path OUT = Path.of("target/documents");

    /** The .docx's font names resolved to the fonts the system's PDF embeds, for LibreOffice only. */
    static final String FONTS_CONF = """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              %s
            </fontconfig>
            """;

    @Test
    void theDocxConvertedByLibreOfficeHasThePdfsPagesEachBeginningWithTheSameText() throws Exception {
        ApplicationDocuments documents = DocumentFixtures.documents();
        ApplicationDocument sample = SampleApplicationDocument.full();
        Path dir = Files.createDirectories(OUT.toAbsolutePath());
        Files.write(dir.resolve("parity.docx"), documents.docx(sample));
        byte[] pdf = documents.pdf(sample);
        Files.write(dir.resolve("parity.pdf"), pdf);

        byte[] converted = libreOffice(dir.resolve("parity.docx"), dir.resolve("libreoffice"));
        List<String> system = firstLines(pdf);
        List<String> word = firstLines(converted);
        assertThat(word).as("pages of the .docx as LibreOffice prints it").hasSize(system.size());
        // the cover, and each part of 附件3 (and the appendix) beginning its page on the same page in both
        assertThat(parts(word)).isEqualTo(parts(system)).hasSize(7);
        assertThat(word.get(0)).isEqualTo(system.get(0));
    }

    /** The pages (numbered from 1) that begin with a part's heading, with that heading. */
    static java.util.Map<Integer, String> parts(List<String> firstLines) {
        java.util.Map<Integer, String> parts = new java.util.LinkedHashMap<>();
        for (int page = 0; page < firstLines.size(); page++) {
            if (firstLines.get(page).matches("^([一二三四五六七八九十]+、|附录).*")) {
                parts.put(page + 1, firstLines.get(page));
            }
        }
        return parts;
    }

    static byte[] libreOffice(Path docx, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        StringBuilder aliases = new StringBuilder();
        alias(aliases, "仿宋", "cwTeXFangSong", "AR PL SungtiL GB");
        alias(aliases, "黑体", "WenQuanYi Micro Hei");
        alias(aliases, "楷体", "AR PL KaitiM GB");
        alias(aliases, "宋体", "AR PL SungtiL GB");
        // the PDF prints Latin letters and digits in the Chinese face of the text around them
        alias(aliases, "Times New Roman", "cwTeXFangSong", "AR PL SungtiL GB");
        Path conf = Files.writeString(work.resolve("fonts.conf"), FONTS_CONF.formatted(aliases),
                StandardCharsets.UTF_8);
        ProcessBuilder soffice = new ProcessBuilder("soffice",
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", work.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile());
        soffice.environment().put("FONTCONFIG_FILE", conf.toString());
        Process process = soffice.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finishes").isTrue();
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
        assertThat(work.resolve(name)).as(Files.readString(work.resolve("soffice.log"))).exists();
        return Files.readAllBytes(work.resolve(name));
    }

    private static void alias(StringBuilder conf, String family, String... fonts) {
        conf.append("<match target=\"pattern\"><test name=\"family\"><string>").append(family)
                .append("</string></test><edit name=\"family\" mode=\"assign\" binding=\"strong\">");
        for (String font : fonts) {
            conf.append("<string>").append(font).append("</string>");
        }
        conf.append("</edit></match>\n");
    }

    /**
     * The beginning of each page's text: its first line that is not the page number, without blanks, at most 12
     * characters (the rest of a line may wrap differently without moving a page break).
     */
    static List<String> firstLines(byte[] pdf) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // in the order of the page, not of drawing: a glyph from a fallback font is drawn after its line
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String first = stripper.getText(document).lines()
                        .map(l -> l.replaceAll("[\\s\\u00A0\\u3000]+", ""))
                        .filter(l -> !l.isEmpty() && !l.matches("\u2014\\d+\u2014"))
                        .findFirst().orElse("");
                lines.add(first.codePoints().limit(12)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
            }
        }
        return lines;
    }
}
