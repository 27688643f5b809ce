package cn.gov.hubei.jxt.pilot.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input filter reads a JSON body token by token only when its bytes may hold a control character
 * ({@link InputFilter#mayHoldControl}). The scan must never call a body clean that the parser refuses: every byte
 * and pair of bytes, every three- and four-byte sequence the parser decodes (overlong forms of a control character
 * included), and every escape, inside a string and inside a property name. The application's JSON mapper has the
 * parser's default features (nothing in the configuration changes them).
 */
class JsonControlScanTest {

    final InputFilter filter = new InputFilter(null, null, JsonMapper.builder().build());
    int refused;
    int clean;

    @Test
    void noBodyTheScanCallsCleanHoldsAControlCharacter() {
        for (int a = 0; a < 256; a++) {
            check(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                check(new byte[] {(byte) a, (byte) b});
            }
        }
        int[] continuation = {0x00, 0x41, 0x80, 0x81, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
        for (int lead = 0xE0; lead <= 0xEF; lead++) {
            for (int second = 0; second < 256; second++) {
                for (int third : continuation) {
                    check(new byte[] {(byte) lead, (byte) second, (byte) third});
                }
            }
        }
        for (int lead = 0xF0; lead <= 0xFF; lead++) {
            for (int second = 0; second < 256; second++) {
                for (int third : continuation) {
                    check(new byte[] {(byte) lead, (byte) second, (byte) third, (byte) 0x80});
                    check(new byte[] {(byte) lead, (byte) second, (byte) 0x80, (byte) third});
                }
            }
        }
        for (int c = 0; c < 0x10000; c += c < 0x100 ? 1 : 0x3F) {
            String escape = String.format("\\u%04x", c);
            check(ascii(escape));
            check(ascii(escape.toUpperCase()));
            check(ascii("\\\\" + escape));
            check(ascii("\\\\\\" + escape.substring(1)));
        }
        for (char e : "bfnrt\"\\/xu0".toCharArray()) {
            check(ascii("\\" + e));
            check(ascii("\\\\" + e));
        }

        // the escapes of the 29 control characters (both cases of their hex digits, alone and after an escaped
        // backslash) and the escapes b and f, in a value and in a name; the parser decodes no malformed byte
        // sequence to a control character
        assertThat(refused).as("bodies the parser refuses for a control character").isGreaterThan(200);
        assertThat(clean).as("bodies the scan lets through unparsed").isGreaterThan(100_000);
    }

    @Test
    void aSectionOfChineseTextIsNotParsedTwice() {
        byte[] section = ("{\"text\":\"" + "企业概述：智能制造，数字化车间建设项目。\\n\\t“引号”与\\\"转义\\\"，/斜杠。".repeat(40)
                + "\",\"rows\":[{\"name\":\"数控机床\",\"count\":12,\"price\":1.5e6,\"ok\":true,\"note\":null}]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(InputFilter.mayHoldControl(section)).isFalse();
        assertThat(filter.parsedRefusal(section)).isNull();
        assertThat(InputFilter.mayHoldControl("{\"text\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(filter.parsedRefusal("{\"text\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("control");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes inside a string value, and as a property name. */
    private void check(byte[] inner) {
        for (byte[] body : List.of(wrap("{\"a\":\"x", inner, "y\"}"), wrap("{\"", inner, "\":1}"))) {
            String parsed = filter.parsedRefusal(body);
            if ("control".equals(parsed)) {
                refused++;
            }
            if (!InputFilter.mayHoldControl(body)) {
                clean++;
                assertThat(parsed).as("called clean unparsed: %s", hex(body)).isNull();
            }
        }
    }

    private static byte[] wrap(String before, byte[] inner, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(inner);
        out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        for (byte b : bytes) {
            parts.add(String.format("%02x", b & 0xFF));
        }
        return String.join(" ", parts);
    }
}
