package cn.gov.hubei.jxt.pilot.notification;

/**
 * What to tell: kind (a short code such as {@code "application.returned"}, for filters and icons), a one-line subject,
 * a plain-text body (Chinese, written by the caller from its own message bundle), and a link: a path inside the
 * application such as {@code "/applications/42"} ({@code null} for none).
 *
 * <p>Kind, subject and link are fixed by the calling code, so a wrong one is a programming error and refused here with
 * {@link IllegalArgumentException}. A subject too long for the inbox or a mail (it may hold a project name a person
 * typed) is not refused but shortened where it is written.
 */
public record Notice(String kind, String subject, String body, String link) {

    /** The longest link the inbox keeps. */
    public static final int MAX_LINK_LENGTH = 500;

    public Notice {
        if (kind == null || !kind.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("a notice kind is a short lower-case code such as application.returned, not: "
                    + kind);
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a notice needs a subject");
        }
        if (body == null) {
            throw new IllegalArgumentException("a notice needs a body (it may be empty)");
        }
        link = link == null || link.isBlank() ? null : link.strip();
        if (link != null && (link.length() > MAX_LINK_LENGTH || !isApplicationPath(link))) {
            throw new IllegalArgumentException("a notice link is a path inside the application such as /applications/42, "
                    + "at most " + MAX_LINK_LENGTH + " characters, not: " + link);
        }
    }

    /**
     * Whether {@code link} is a path of this application that is safe to send a browser to: it starts with one
     * {@code /}. Refused: {@code //host} and {@code /\host} (browsers read both as another site), any scheme, and
     * whitespace or control characters (browsers drop tabs and line breaks, which would turn {@code /\t/host} into
     * {@code //host}).
     */
    public static boolean isApplicationPath(String link) {
        if (link == null || link.length() < 1 || link.charAt(0) != '/') {
            return false;
        }
        if (link.length() > 1 && (link.charAt(1) == '/' || link.charAt(1) == '\\')) {
            return false;
        }
        return link.chars().noneMatch(c -> c <= ' ' || c == '\\' || c == 0x7f);
    }
}
