package cn.gov.hubei.jxt.pilot.audit.internal;

import java.nio.charset.StandardCharsets;

/**
 * Makes a text storable exactly as it is hashed. Some values are chosen by whoever sends the request (an attempted user
 * name, a forwarded address), so they may be very long, hold NUL characters (which PostgreSQL text cannot store) or
 * unpaired surrogates (which UTF-8 cannot encode). Such a value is made storable here, before it is hashed, so the
 * stored value and the hashed value are the same.
 */
final class AuditText {

    private AuditText() {
    }

    /** {@code null} stays {@code null}; otherwise NUL becomes U+FFFD, and the text is cut to {@code max} characters. */
    static String storable(String value, int max) {
        if (value == null) {
            return null;
        }
        String cleaned = new String(value.replace('\u0000', '\uFFFD').getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        if (cleaned.codePointCount(0, cleaned.length()) <= max) {
            return cleaned;
        }
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, max));
    }
}
