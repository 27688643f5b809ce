package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.documents.DocumentsProperties;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate's PDF: A4 lying, its text reads back (serial, unit, project, number, validity, issuer), and its QR
 * code decodes to the verification address. The sample is written to {@code target/documents/certificate.pdf}.
 */
class CertificatePdfTest {

    static final String URL = "https://znzz.example.cn/public/certificates/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    @Test
    void theCertificateReadsBackAndItsQrCodeLeadsToTheVerificationPage() throws Exception {
        CertificatePdf pdf = new CertificatePdf(DocumentsProperties.defaults());
        byte[] bytes = pdf.render(new CertificatePdf.Content("HBZN-2025-0001", "宜昌智造装备有限公司",
                "基于工业互联网的离散型智能制造数字化车间建设项目（一期）", "鄂经信装备〔2025〕12号",
                LocalDate.of(2025, 12, 1), LocalDate.of(2028, 11, 30), LocalDate.of(2025, 12, 1), URL));
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/certificate.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getWidth());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("湖北省智能制造试点示范项目", "单位名称：宜昌智造装备有限公司",
                    "项目名称：基于工业互联网的离散型智能制造数字化车间建设项目（一期）", "认定文号：鄂经信装备〔2025〕12号",
                    "2025年12月1日至2028年11月30日", "湖北省经济和信息化厅", "证书编号：HBZN-2025-0001");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
            assertThat(decoded).isEqualTo(URL);
        }
    }

    @Test
    void datesAreWrittenTheChineseWay() {
        assertThat(CertificatePdf.chinese(LocalDate.of(2027, 2, 28))).isEqualTo("2027年2月28日");
    }
}
