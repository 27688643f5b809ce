package cn.gov.hubei.jxt.pilot.documents.internal;

import cn.gov.hubei.jxt.pilot.documents.ApplicationDocuments;
import cn.gov.hubei.jxt.pilot.documents.DocumentFixtures;
import cn.gov.hubei.jxt.pilot.documents.DocumentsProperties;
import cn.gov.hubei.jxt.pilot.documents.SampleApplicationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fonts of the PDF: which face each file is, and that each file is read once per JVM, not per document. */
class CjkFontsTest {

    @Test
    void theFaceOfAFontComesFromItsFileAndFamilyNames() {
        assertThat(CjkFonts.role("cwfs.ttf", "cwTeXFangSong")).isEqualTo(CjkFonts.Role.FANGSONG);
        assertThat(CjkFonts.role("simfang.ttf", "FangSong")).isEqualTo(CjkFonts.Role.FANGSONG);
        assertThat(CjkFonts.role("wqy-microhei.ttc", "WenQuanYi Micro Hei")).isEqualTo(CjkFonts.Role.HEITI);
        assertThat(CjkFonts.role("simhei.ttf", "SimHei")).isEqualTo(CjkFonts.Role.HEITI);
        assertThat(CjkFonts.role("gkai00mp.ttf", "AR PL KaitiM GB")).isEqualTo(CjkFonts.Role.KAITI);
        assertThat(CjkFonts.role("simkai.ttf", "KaiTi")).isEqualTo(CjkFonts.Role.KAITI);
        assertThat(CjkFonts.role("gbsn00lp.ttf", "AR PL SungtiL GB")).isEqualTo(CjkFonts.Role.SONGTI);
        assertThat(CjkFonts.role("DroidSansFallbackFull.ttf", "Droid Sans Fallback")).isEqualTo(CjkFonts.Role.OTHER);
        // 小标宋 is a 宋 of its own: the titles' face, not the 宋体 that prints what the 仿宋 lacks
        assertThat(CjkFonts.role("FZXBSJW.TTF", "方正小标宋简体")).isEqualTo(CjkFonts.Role.XIAOBIAOSONG);
        assertThat(CjkFonts.role("fzxiaobiaosong.ttf", "FZXiaoBiaoSong-B05S")).isEqualTo(CjkFonts.Role.XIAOBIAOSONG);
    }

    @Test
    void theDefaultFontsGiveEachFaceOfTheTemplate() {
        List<CjkFonts.Font> usable = new CjkFonts(DocumentsProperties.defaults().fontPaths()).usable();
        assertThat(usable).extracting(CjkFonts.Font::role)
                .contains(CjkFonts.Role.FANGSONG, CjkFonts.Role.HEITI, CjkFonts.Role.KAITI);
    }

    @Test
    void eachFontFileIsCheckedOncePerJvmWhateverTheNumberOfDocumentsAndServices() {
        new CjkFonts(DocumentsProperties.defaults().fontPaths()).usable();
        int read = CjkFonts.filesRead();
        ApplicationDocuments one = DocumentFixtures.documents();
        one.pdf(SampleApplicationDocument.minimal());
        one.pdf(SampleApplicationDocument.minimal());
        DocumentFixtures.documents().pdf(SampleApplicationDocument.minimal());
        assertThat(CjkFonts.filesRead()).isEqualTo(read);
    }

    @Test
    void aParsedFaceIsKeptForTheNextDocumentAndTheDocumentsStayTheSame() {
        ApplicationDocuments documents = DocumentFixtures.documents();
        byte[] first = documents.pdf(SampleApplicationDocument.minimal());
        int parsed = CjkFonts.facesParsed();
        byte[] second = documents.pdf(SampleApplicationDocument.minimal());
        byte[] third = DocumentFixtures.documents().pdf(SampleApplicationDocument.minimal());
        assertThat(CjkFonts.facesParsed()).as("no face parsed again for documents rendered one after another")
                .isEqualTo(parsed);
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void aFontFileChangedSinceItWasCheckedIsNotParsedUnchecked(@TempDir Path dir) throws Exception {
        Path font = dir.resolve("gkai00mp.ttf");
        Files.copy(Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"), font);
        CjkFonts.Font checked = new CjkFonts(List.of(font)).usable().get(0);
        CjkFonts.Parsed parsed = checked.borrow();
        assertThat(parsed.font().getName()).isEqualTo(checked.face());
        parsed.release(false);

        Files.write(font, "not a font any more".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(checked::borrow).isInstanceOf(IOException.class).hasMessageContaining("changed on disk");
        assertThat(new CjkFonts(List.of(font)).usable()).as("checked again: no longer usable").isEmpty();
    }
}
