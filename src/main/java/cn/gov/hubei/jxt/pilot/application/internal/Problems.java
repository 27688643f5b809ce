package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Collects a section's problems and flags, with the small checks every rule class needs. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    /** What blocks: the missing and the invalid values, in the order found. */
    public List<FieldProblem> problems() {
        return found.stream().filter(FieldProblem::blocks).toList();
    }

    /** What only asks for a reviewer's attention. */
    public List<FieldProblem> flags() {
        return found.stream().filter(p -> !p.blocks()).toList();
    }

    void missing(String field, String code, Object... args) {
        found.add(FieldProblem.missing(field, code, args));
    }

    void invalid(String field, String code, Object... args) {
        found.add(FieldProblem.invalid(field, code, args));
    }

    void flag(String field, String code, Object... args) {
        found.add(FieldProblem.flag(field, code, args));
    }

    /**
     * Required text of at most {@code limit} characters as a person counts them: code points, so that a CJK
     * character or an emoji counts as one.
     *
     * @return whether the text is present
     */
    boolean requiredText(String field, String value, int limit, String missingCode) {
        if (value == null || value.isBlank()) {
            missing(field, missingCode);
            return false;
        }
        optionalText(field, value, limit);
        return true;
    }

    void optionalText(String field, String value, int limit) {
        int length = length(value);
        if (length > limit) {
            invalid(field, "application.rule.text.too-long", limit, length);
        }
    }

    /** A required ISO date; null when missing or not a date (the problem is recorded). */
    LocalDate requiredDate(String field, String value, String missingCode) {
        if (value == null || value.isBlank()) {
            missing(field, missingCode);
            return null;
        }
        LocalDate date = date(value);
        if (date == null) {
            invalid(field, "application.rule.date.format");
        }
        return date;
    }

    /** A required decimal number ≥ 0 with at most {@code scale} decimals; null when missing or wrong. */
    BigDecimal requiredNumber(String field, String value, int scale, BigDecimal max, String missingCode) {
        if (value == null || value.isBlank()) {
            missing(field, missingCode);
            return null;
        }
        BigDecimal number = decimal(value);
        if (number == null) {
            invalid(field, "application.rule.number.format");
            return null;
        }
        if (number.signum() < 0) {
            invalid(field, "application.rule.number.negative");
            return null;
        }
        if (number.stripTrailingZeros().scale() > scale) {
            invalid(field, "application.rule.number.scale", scale);
            return null;
        }
        if (max != null && number.compareTo(max) > 0) {
            invalid(field, "application.rule.number.max", max.toPlainString());
            return null;
        }
        return number;
    }

    /** The number of characters a person sees in the text: Unicode code points. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    public static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A decimal as people type it: digits with an optional point (and thousands separators ignored). */
    public static BigDecimal decimal(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.strip().replace(",", "").replace("，", "");
        if (!cleaned.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return null;
        }
        return new BigDecimal(cleaned);
    }
}
