package cn.gov.hubei.jxt.pilot.enterprise.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How typed text is tidied before it is checked: white space at the ends goes, and codes, numbers and addresses are
 * folded from the full-width forms a Chinese input method produces (０２７－８７６５４３２１ is 027-87654321). Lengths are
 * counted in code points, as a person counts characters: a CJK character or an emoji is one.
 */
final class Inputs {

    static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    /**
     * A landline with its area code: 010 and 02x have 8-digit numbers, the 4-digit area codes 7- or 8-digit ones;
     * an extension may follow after a hyphen.
     */
    static final Pattern LANDLINE = Pattern.compile("(0[12][0-9]-[0-9]{8}|0[3-9][0-9]{2}-[0-9]{7,8})(-[0-9]{1,6})?");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private Inputs() {
    }

    /** Trimmed text, or {@code null} when nothing but white space was entered. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Text of a textarea: line ends as a browser's script sees them ({@code \n}), so that the server counts what the
     * live counter counted (a form posts {@code \r\n}).
     */
    static String multiline(String raw) {
        return text(raw == null ? null : raw.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Codes, numbers, phone numbers and e-mail addresses: full-width forms folded, spaces inside removed. */
    static String folded(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return s.isEmpty() ? null : s;
    }

    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
