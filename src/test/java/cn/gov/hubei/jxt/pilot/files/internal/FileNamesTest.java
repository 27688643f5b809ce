package cn.gov.hubei.jxt.pilot.files.internal;

import cn.gov.hubei.jxt.pilot.files.FileKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FileNamesTest {

    static Stream<Arguments> names() {
        return Stream.of(
                arguments("申报书.pdf", FileKind.PDF, "申报书.pdf"),
                arguments("..\\..\\etc\\passwd", FileKind.PDF, "passwd.pdf"),
                arguments("../../etc/passwd", FileKind.PDF, "passwd.pdf"),
                arguments("C:\\Users\\张三\\Desktop\\真实性承诺.PDF", FileKind.PDF, "真实性承诺.PDF"),
                arguments("报告：2024?.pdf", FileKind.PDF, "报告：2024_.pdf"),
                arguments("a<b>c:d\"e|f*g.pdf", FileKind.PDF, "a_b_c_d_e_f_g.pdf"),
                arguments("tab\there\u0000\u0007.pdf", FileKind.PDF, "tabhere.pdf"),
                arguments("invoice\u202Efdp.exe", FileKind.PDF, "invoicefdp.exe.pdf"),
                arguments("zero\u200Bwidth.png", FileKind.PNG, "zerowidth.png"),
                arguments("  .hidden.pdf. ", FileKind.PDF, "hidden.pdf"),
                arguments("多个   空格\u3000的 名字.docx", FileKind.DOCX, "多个 空格\u3000的 名字.docx"),
                arguments("....", FileKind.PDF, "文件.pdf"),
                arguments("", FileKind.XLSX, "文件.xlsx"),
                arguments(null, FileKind.JPEG, "文件.jpg"),
                arguments("/", FileKind.PNG, "文件.png"),
                arguments(".pdf", FileKind.PDF, "pdf.pdf"),
                arguments("CON.pdf", FileKind.PDF, "_CON.pdf"),
                arguments("lpt1", FileKind.PNG, "_lpt1.png"),
                arguments("现场照片.JPEG", FileKind.JPEG, "现场照片.JPEG"),
                arguments("现场照片.jpeg", FileKind.PNG, "现场照片.jpeg.png"),
                arguments("设备清单.xls", FileKind.XLSX, "设备清单.xls.xlsx"),
                arguments("2024.第一季度报告", FileKind.PDF, "2024.第一季度报告.pdf"),
                arguments("setup.exe", null, "setup.exe"),
                arguments("..\\..\\", null, "文件"),
                arguments("字".repeat(300) + ".pdf", FileKind.PDF, "字".repeat(116) + ".pdf"),
                arguments("a".repeat(300), FileKind.PNG, "a".repeat(116) + ".png"),
                arguments("\uD83D\uDE00".repeat(200) + ".pdf", FileKind.PDF, "\uD83D\uDE00".repeat(116) + ".pdf"),
                arguments("a." + "b".repeat(300), FileKind.PDF, "a." + "b".repeat(114) + ".pdf"),
                arguments("报告" + "\u3000".repeat(114) + "尾.pdf", FileKind.PDF, "报告.pdf"),
                // NFD (as macOS sends it) becomes NFC: one code point per letter.
                arguments("Cafe\u0301.pdf", FileKind.PDF, "Caf\u00E9.pdf"));
    }

    @ParameterizedTest(name = "[{index}] {0} as {1} -> {2}")
    @MethodSource("names")
    void cleansNames(String original, FileKind kind, String expected) {
        assertThat(FileNames.clean(original, kind, "文件")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("names")
    void cleanedNamesAreShortAndHoldNoSeparatorOrControlCharacter(String original, FileKind kind, String expected) {
        String cleaned = FileNames.clean(original, kind, "文件");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isBetween(1, FileNames.MAX_LENGTH);
        assertThat(cleaned).doesNotContainPattern("[\\\\/:*?\"<>|\\p{Cc}\\p{Cf}]");
        assertThat(cleaned).doesNotStartWith(".").doesNotEndWith(".").doesNotEndWith(" ");
    }
}
