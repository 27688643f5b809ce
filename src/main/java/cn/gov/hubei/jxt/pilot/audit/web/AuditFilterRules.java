package cn.gov.hubei.jxt.pilot.audit.web;

import org.springframework.validation.Errors;

/** Rules across fields of the audit filter, beyond what each field's annotations say. */
final class AuditFilterRules {

    private AuditFilterRules() {
    }

    static void check(AuditFilterForm filter, Errors errors) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())
                && !errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "audit.filter.to.before-from");
        }
    }
}
