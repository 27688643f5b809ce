package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.call.CallChanges;
import cn.gov.hubei.jxt.pilot.call.NewCall;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The terms of a call sent to the JSON API: all of them on create and on update (a full replacement). Times are
 * ISO-8601 with an offset, e.g. {@code 2026-03-01T09:00:00+08:00}. The call's rules check every field and answer
 * with all broken rules at once.
 */
@Schema(name = "CallTerms", description = "The terms of a yearly call")
record CallRequest(
        @Schema(example = "2026") Integer year,
        @Schema(example = "2026年湖北省智能制造试点示范项目遴选", maxLength = 200) String title,
        String notice,
        @Schema(example = "2026-03-01T09:00:00+08:00") OffsetDateTime filingOpensAt,
        @Schema(example = "2026-04-30T17:00:00+08:00") OffsetDateTime filingClosesAt,
        @Schema(example = "2026-05-15T17:00:00+08:00") OffsetDateTime recommendationDeadline,
        @Schema(description = "null for no quota", minimum = "1") Integer recommendationQuota,
        @Schema(description = "null for no limit", minimum = "1") Integer maxProjectsPerEnterprise,
        @Schema(example = "2020") String elementConditionVersion) {

    NewCall toNewCall() {
        return new NewCall(year, title, notice, instant(filingOpensAt), instant(filingClosesAt),
                instant(recommendationDeadline), recommendationQuota, maxProjectsPerEnterprise,
                elementConditionVersion);
    }

    CallChanges toChanges() {
        return new CallChanges(year, title, notice, instant(filingOpensAt), instant(filingClosesAt),
                instant(recommendationDeadline), recommendationQuota, maxProjectsPerEnterprise,
                elementConditionVersion);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
