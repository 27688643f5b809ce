package cn.gov.hubei.jxt.pilot.expert;

/**
 * Which experts a list (or an export) shows: of a mode, an industry, a division, active or not, matching a text (in
 * the name, the employer or the title), one page at a time, ordered by id. Every criterion {@code null} for any.
 *
 * @param limit at most this many; 0 for all (the export)
 */
public record ExpertFilter(String modeCode, String industryCode, String divisionCode, Boolean active, String text,
                           int offset, int limit) {

    public static final int PAGE_SIZE = 50;

    public ExpertFilter {
        modeCode = blankToNull(modeCode);
        industryCode = blankToNull(industryCode);
        divisionCode = blankToNull(divisionCode);
        text = blankToNull(text);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public static ExpertFilter all() {
        return new ExpertFilter(null, null, null, null, null, 0, 0);
    }

    /** The same criteria, every row (for the export). */
    public ExpertFilter unpaged() {
        return new ExpertFilter(modeCode, industryCode, divisionCode, active, text, 0, 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
