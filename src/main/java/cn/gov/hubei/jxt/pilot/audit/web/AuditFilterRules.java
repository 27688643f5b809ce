package cn.gov.hubei.jxt.pilot.audit.web;

import org.springframework.validation.Errors;

import java.time.LocalDate;

/** Rules across fields of the audit filter, beyond what each field's annotations say. */
final class AuditFilterRules {

    private AuditFilterRules() {
    }

    /** The audit trail of this system cannot hold entries outside these days; a date beyond them is a typo. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    static void check(AuditFilterForm filter, Errors errors) {
        inRange("from", filter.from(), errors);
        inRange("to", filter.to(), errors);
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())
                && !errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "audit.filter.to.before-from");
        }
    }

    private static void inRange(String field, LocalDate date, Errors errors) {
        if (date != null && !errors.hasFieldErrors(field) && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            errors.rejectValue(field, "audit.filter.date.range", new Object[]{EARLIEST.toString(), LATEST.toString()},
                    "audit.filter.date.range");
        }
    }
}
