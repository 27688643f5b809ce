package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.audit.AuditOutcome;
import cn.gov.hubei.jxt.pilot.audit.internal.AuditQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of the audit page, its CSV export and its JSON API. Dates are calendar days in Asia/Shanghai, both
 * inclusive. Blank text counts as "any".
 */
record AuditFilterForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Size(max = 200, message = "{audit.filter.actor.size}") String actor,
        @Size(max = 100, message = "{audit.filter.action.size}") String action,
        @Size(max = 64, message = "{audit.filter.targetType.size}") String targetType,
        @Size(max = 200, message = "{audit.filter.targetId.size}") String targetId,
        AuditOutcome outcome,
        @Min(value = 1, message = "{audit.filter.page.min}")
        @Max(value = MAX_PAGE, message = "{audit.filter.page.max}") Integer page) {

    static final int MAX_PAGE = 1_000_000;

    AuditFilterForm {
        actor = blankToNull(actor);
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
    }

    static AuditFilterForm empty() {
        return new AuditFilterForm(null, null, null, null, null, null, null, null);
    }

    int pageNumber() {
        return page == null ? 1 : page;
    }

    AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                actor, action, targetType, targetId, outcome);
    }

    /** The filters that are set, for the audit entry of an export. */
    Map<String, Object> asDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        queryParams().forEach((name, values) -> details.put(name, values.get(0)));
        return details;
    }

    /** The filters that are set, as query parameters for links (pages, export); the page number is left out. */
    MultiValueMap<String, String> queryParams() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        add(params, "from", from);
        add(params, "to", to);
        add(params, "actor", actor);
        add(params, "action", action);
        add(params, "targetType", targetType);
        add(params, "targetId", targetId);
        add(params, "outcome", outcome);
        return params;
    }

    private static void add(MultiValueMap<String, String> params, String name, Object value) {
        if (value != null) {
            params.add(name, value instanceof AuditOutcome o ? o.name() : value.toString());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
