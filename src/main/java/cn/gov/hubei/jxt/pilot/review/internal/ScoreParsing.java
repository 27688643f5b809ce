package cn.gov.hubei.jxt.pilot.review.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Scores and other decimals as typed: digits with at most 2 decimal places, nothing else (no sign, no exponent). */
final class ScoreParsing {

    private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");

    private ScoreParsing() {
    }

    /** The value, or {@code null} when the text is blank or not such a decimal. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t).setScale(2);
    }
}
