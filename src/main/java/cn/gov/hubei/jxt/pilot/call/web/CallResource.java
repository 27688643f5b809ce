package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A call in the JSON API. Times carry the +08:00 offset of the clock's zone (Asia/Shanghai). */
@Schema(name = "Call", description = "A yearly call (年度遴选)")
record CallResource(
        long id,
        int year,
        String title,
        String notice,
        OffsetDateTime filingOpensAt,
        OffsetDateTime filingClosesAt,
        OffsetDateTime recommendationDeadline,
        @Schema(description = "Recommendations per recommender; null for no quota") Integer recommendationQuota,
        @Schema(description = "Projects per enterprise; null for no limit") Integer maxProjectsPerEnterprise,
        String elementConditionVersion,
        CallStatus status,
        @Schema(description = "The status as people read it, in the request's language") String statusLabel,
        @Schema(description = "Whether enterprises may file at the moment of the response") boolean filingOpen,
        @Schema(description = "Optimistic-lock version; also sent as the ETag, send it back in If-Match to update")
        long version,
        OffsetDateTime publishedAt,
        OffsetDateTime cancelledAt,
        String cancelReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static CallResource of(CallSummary call, String statusLabel, Clock clock) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        return new CallResource(call.id(), call.year(), call.title(), call.notice(), atZone(call.filingOpensAt(), zone),
                atZone(call.filingClosesAt(), zone), atZone(call.recommendationDeadline(), zone), call.recommendationQuota(),
                call.maxProjectsPerEnterprise(), call.elementConditionVersion(), call.status(), statusLabel,
                call.isFilingOpenAt(now), call.version(), atZone(call.publishedAt(), zone), atZone(call.cancelledAt(), zone),
                call.cancelReason(), atZone(call.createdAt(), zone), atZone(call.updatedAt(), zone));
    }

    private static OffsetDateTime atZone(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
