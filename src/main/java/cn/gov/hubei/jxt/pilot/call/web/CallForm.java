package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.call.CallChanges;
import cn.gov.hubei.jxt.pilot.call.CallField;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.NewCall;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The fields of the call form, and nothing else (the allow-list of bound fields). Times are entered as
 * {@code datetime-local} values in the clock's zone (Asia/Shanghai). Bean Validation catches missing input; the call's rules
 * ({@code CallRules}) check everything else when the service saves.
 */
record CallForm(
        @NotNull(message = "{call.validation.year.required}") Integer year,
        @NotBlank(message = "{call.validation.title.required}") String title,
        String notice,
        @NotNull(message = "{call.validation.filingOpensAt.required}")
        @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = DATE_TIME_SECONDS) LocalDateTime filingOpensAt,
        @NotNull(message = "{call.validation.filingClosesAt.required}")
        @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = DATE_TIME_SECONDS) LocalDateTime filingClosesAt,
        @NotNull(message = "{call.validation.recommendationDeadline.required}")
        @DateTimeFormat(pattern = DATE_TIME, fallbackPatterns = DATE_TIME_SECONDS) LocalDateTime recommendationDeadline,
        Integer recommendationQuota,
        Integer maxProjectsPerEnterprise,
        @NotBlank(message = "{call.validation.elementConditionVersion.required}") String elementConditionVersion,
        Long version) {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";
    static final String DATE_TIME_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    static CallForm blank(int year, String elementConditionVersion) {
        return new CallForm(year, null, null, null, null, null, null, null, elementConditionVersion, null);
    }

    static CallForm of(CallSummary call, ZoneId zone) {
        return new CallForm(call.year(), call.title(), call.notice(), CallView.local(call.filingOpensAt(), zone),
                CallView.local(call.filingClosesAt(), zone), CallView.local(call.recommendationDeadline(), zone),
                call.recommendationQuota(), call.maxProjectsPerEnterprise(), call.elementConditionVersion(),
                call.version());
    }

    NewCall toNewCall(ZoneId zone) {
        return new NewCall(year, title, notice, instant(filingOpensAt, zone), instant(filingClosesAt, zone),
                instant(recommendationDeadline, zone), recommendationQuota, maxProjectsPerEnterprise,
                elementConditionVersion);
    }

    /**
     * The new terms for {@code current}. While filing is open the form shows the locked terms read-only and this
     * takes them from the saved call, not from the request, so only the changeable ones can differ.
     */
    CallChanges toChanges(CallSummary current, boolean onlyChangeableWhileFilingOpen, ZoneId zone) {
        CallChanges submitted = new CallChanges(year, title, notice, instant(filingOpensAt, zone),
                instant(filingClosesAt, zone), instant(recommendationDeadline, zone), recommendationQuota, maxProjectsPerEnterprise,
                elementConditionVersion);
        if (!onlyChangeableWhileFilingOpen) {
            return submitted;
        }
        CallChanges saved = CallChanges.of(current);
        return new CallChanges(
                pick(CallField.YEAR, saved.year(), submitted.year()),
                pick(CallField.TITLE, saved.title(), submitted.title()),
                pick(CallField.NOTICE, saved.notice(), submitted.notice()),
                pick(CallField.FILING_OPENS_AT, saved.filingOpensAt(), submitted.filingOpensAt()),
                pick(CallField.FILING_CLOSES_AT, saved.filingClosesAt(), submitted.filingClosesAt()),
                pick(CallField.RECOMMENDATION_DEADLINE, saved.recommendationDeadline(),
                        submitted.recommendationDeadline()),
                pick(CallField.RECOMMENDATION_QUOTA, saved.recommendationQuota(), submitted.recommendationQuota()),
                pick(CallField.MAX_PROJECTS_PER_ENTERPRISE, saved.maxProjectsPerEnterprise(),
                        submitted.maxProjectsPerEnterprise()),
                pick(CallField.ELEMENT_CONDITION_VERSION, saved.elementConditionVersion(),
                        submitted.elementConditionVersion()));
    }

    private static <T> T pick(CallField field, T saved, T submitted) {
        return field.changeableWhileFilingOpen() ? submitted : saved;
    }

    private static Instant instant(LocalDateTime localTime, ZoneId zone) {
        return localTime == null ? null : localTime.atZone(zone).toInstant();
    }
}
