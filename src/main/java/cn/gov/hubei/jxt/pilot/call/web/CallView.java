package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.CallTransition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A call as the pages show it: times in the clock's zone (Asia/Shanghai), the status badge, and the officer's actions that the
 * transition table allows now.
 */
record CallView(CallSummary call, LocalDateTime filingOpensAt, LocalDateTime filingClosesAt,
                LocalDateTime recommendationDeadline, LocalDateTime publishedAt, LocalDateTime cancelledAt,
                LocalDateTime createdAt, LocalDateTime updatedAt, String statusKey, String badgeClass,
                boolean editable, boolean filingOpenNow, List<CallTransition> actions, List<String> noticeLines) {

    /** The call at the clock's instant, its times in the clock's zone. */
    static CallView of(CallSummary call, Clock clock) {
        ZoneId zone = clock.getZone();
        return new CallView(call, local(call.filingOpensAt(), zone), local(call.filingClosesAt(), zone),
                local(call.recommendationDeadline(), zone), local(call.publishedAt(), zone),
                local(call.cancelledAt(), zone), local(call.createdAt(), zone), local(call.updatedAt(), zone),
                statusKey(call.status()), badgeClass(call.status()), call.status().isEditable(),
                call.isFilingOpenAt(clock.instant()),
                CallTransition.availableToOfficer(call.status()), noticeLines(call.notice()));
    }

    /** The notice's paragraphs: the text keeps the line breaks the officer typed without inline styles. */
    static List<String> noticeLines(String notice) {
        if (notice == null) {
            return List.of();
        }
        return notice.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String statusKey(CallStatus status) {
        return "call.status." + status.name();
    }

    /** Colours follow the call's progress: grey while private, blue announced, green open, amber, dark done. */
    static String badgeClass(CallStatus status) {
        return switch (status) {
            case DRAFT -> "text-bg-secondary";
            case PUBLISHED -> "text-bg-info";
            case FILING_OPEN -> "text-bg-success";
            case FILING_CLOSED -> "text-bg-warning";
            case RECOMMENDATION_CLOSED -> "text-bg-dark";
            case CANCELLED -> "text-bg-danger";
        };
    }

    static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
