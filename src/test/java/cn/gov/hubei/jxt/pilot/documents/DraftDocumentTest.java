package cn.gov.hubei.jxt.pilot.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft preview says so on the cover and at the head of the body, in both formats; a submitted version does not. */
class DraftDocumentTest {

    static final String COVER = "草稿预览（未提交）";
    static final String NOTICE = "本文件是尚未提交的申报书草稿的预览，不是正式申报材料；正式申报书以提交后生成的版本为准。";

    @Test
    void theDocxOfADraftCarriesTheNoticeOnTheCoverAndBeforePartOne() throws IOException {
        String draft = docxText(DocumentFixtures.documents().docx(SampleApplicationDocument.full().asDraft()));
        assertThat(draft).contains(COVER, NOTICE).doesNotContain("第" + SampleApplicationDocument.full().version() + "版");
        assertThat(draft.indexOf(NOTICE)).isLessThan(draft.indexOf("一、企业和项目基本信息"));
        String submitted = docxText(DocumentFixtures.documents().docx(SampleApplicationDocument.full()));
        assertThat(submitted).doesNotContain(COVER).doesNotContain(NOTICE);
    }

    @Test
    void thePdfOfADraftCarriesTheSameNotice() throws IOException {
        String draft = pdfText(DocumentFixtures.documents().pdf(SampleApplicationDocument.full().asDraft()));
        assertThat(draft).contains(COVER, NOTICE);
        assertThat(pdfText(DocumentFixtures.documents().pdf(SampleApplicationDocument.full())))
                .doesNotContain(COVER).doesNotContain(NOTICE);
    }

    static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
