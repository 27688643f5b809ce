package cn.gov.hubei.jxt.pilot.sitevisit.internal;

/** Cleaning of what people type: stripped, blank as {@code null}. */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
