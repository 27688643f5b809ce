package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.CallTransition;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A call as the pages show it: times in Asia/Shanghai, the status badge, and the officer's actions that the
 * transition table allows now.
 */
record CallView(CallSummary call, LocalDateTime filingOpensAt, LocalDateTime filingClosesAt,
                LocalDateTime recommendationDeadline, LocalDateTime publishedAt, LocalDateTime cancelledAt,
                LocalDateTime createdAt, LocalDateTime updatedAt, String statusKey, String badgeClass,
                boolean editable, boolean filingOpenNow, List<CallTransition> actions, List<String> noticeLines) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static CallView of(CallSummary call, Instant now) {
        return new CallView(call, local(call.filingOpensAt()), local(call.filingClosesAt()),
                local(call.recommendationDeadline()), local(call.publishedAt()), local(call.cancelledAt()),
                local(call.createdAt()), local(call.updatedAt()), statusKey(call.status()), badgeClass(call.status()),
                call.status().isEditable(), call.isFilingOpenAt(now),
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

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, SHANGHAI);
    }
}
