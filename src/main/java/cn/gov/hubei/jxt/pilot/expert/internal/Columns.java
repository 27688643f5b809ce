package cn.gov.hubei.jxt.pilot.expert.internal;

import java.util.List;

/**
 * The columns of the pool's spreadsheet, in order: the template, the import and the export use these and nothing
 * else, so that an export imports again. Each is a field of the record (the problems' field names) with the message
 * key of its header.
 */
enum Columns {
    NAME("name"),
    EMPLOYER_NAME("employerName"),
    EMPLOYER_CREDIT_CODE("employerCreditCode"),
    EMPLOYER_GROUP("employerGroup"),
    TITLE("title"),
    MODES("modeCodes"),
    INDUSTRIES("industryCodes"),
    DIVISION("divisionCode"),
    PHONE("phone"),
    EMAIL("email");

    /** A row whose name begins with this is the template's example: skipped on import. */
    static final String EXAMPLE_MARK = "【示例】";

    private final String field;

    Columns(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    /** The message key of the column's header (bundle expert). */
    String headerKey() {
        return "expert.column." + field;
    }

    static List<Columns> all() {
        return List.of(values());
    }
}
