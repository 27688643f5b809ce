package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The queue's status filter as the page and the API name it: {@code AWAITING} (待审查: first review and re-review
 * together) or one status with the province; anything else shows all.
 */
final class QueueStatusFilter {

    static final String AWAITING = "AWAITING";

    private QueueStatusFilter() {
    }

    /** The statuses to show; {@code null} for all. */
    static Set<ApplicationStatus> statuses(String value) {
        String normalised = normalised(value);
        if (normalised == null) {
            return null;
        }
        if (normalised.equals(AWAITING)) {
            return ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.statuses();
        }
        return Set.of(ApplicationStatus.valueOf(normalised));
    }

    /** The value if it is one the filter knows; {@code null} otherwise. */
    static String normalised(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return options().contains(v) ? v : null;
    }

    /** {@code AWAITING}, then the statuses with the province in their order. */
    static List<String> options() {
        List<String> options = new ArrayList<>();
        options.add(AWAITING);
        Arrays.stream(ApplicationStatus.values()).filter(s -> ApplicationStatusGroup.WITH_PROVINCE.contains(s))
                .map(Enum::name).forEach(options::add);
        return options;
    }
}
