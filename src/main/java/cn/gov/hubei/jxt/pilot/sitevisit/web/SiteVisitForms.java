package cn.gov.hubei.jxt.pilot.sitevisit.web;

import cn.gov.hubei.jxt.pilot.sitevisit.Finding;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRejectedException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The forms of the site-visit pages and the bodies of its API, as text bound from the request: a value that does not
 * parse is a broken rule beside its field, never a 400 without a message.
 */
final class SiteVisitForms {

    private SiteVisitForms() {
    }

    record TeamForm(String name, String divisionCode, String leader) {
    }

    record MemberForm(String username) {
    }

    record PlanForm(Long teamId, Long applicationId, String date) {
    }

    record FindingForm(Integer version, String finding, String note) {
    }

    record AttendeeForm(String name, String unit, String position) {
    }

    record PhotoForm(String caption, String takenAt) {
    }

    record ConclusionForm(Integer version, String conclusion, String summary) {
    }

    record VersionForm(Integer version) {
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SiteVisitRejectedException("date", "sitevisit.plan.date.invalid");
        }
    }

    /** A time as {@code <input type="datetime-local">} sends it (or with seconds); {@code null} when blank. */
    static LocalDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SiteVisitRejectedException("takenAt", "sitevisit.photo.taken-at.invalid");
        }
    }

    static Finding finding(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Finding.values()).filter(f -> f.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new SiteVisitRejectedException("finding", "sitevisit.finding.required"));
    }

    static SiteVisitConclusion conclusion(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(SiteVisitConclusion.values()).filter(c -> c.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> new SiteVisitRejectedException("conclusion", "sitevisit.conclusion.required"));
    }

    static int version(Integer version) {
        return version == null ? -1 : version;
    }
}
