package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.DivisionCount;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueEntry;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The intake API's JSON shapes. Labels are in the request's language (zh-CN); codes are stable. */
final class IntakeResources {

    private IntakeResources() {
    }

    record Label(String code, String label) {
    }

    record StatusCount(String status, String label, int count) {
    }

    @Schema(description = "A call's intake queue: counts over all its applications with the province, and the "
            + "rows that match the filter (awaiting review first), one page at a time: matching counts the rows on "
            + "all pages, page (from 1) of pages holds at most pageSize of them")
    record QueueResource(long callId, String callTitle, int total, int awaiting, List<StatusCount> statuses,
                         List<DivisionCount> divisions, List<EntryResource> entries, int matching, int page,
                         int pages, int pageSize) {

        static QueueResource of(QueueView view, IntakeTexts texts) {
            return new QueueResource(view.call().id(), view.call().title(), view.total(), view.awaitingCount(),
                    view.statusCounts().entrySet().stream().map(e -> new StatusCount(e.getKey().name(),
                            texts.text("application.status." + e.getKey().name()), e.getValue())).toList(),
                    view.divisions(), view.entries().stream().map(e -> EntryResource.of(e, texts)).toList(),
                    view.matching(), view.page() + 1, view.pages(), view.pageSize());
        }
    }

    record EntryResource(long applicationId, String number, String projectName, String enterpriseName, String divisionCode,
                         String divisionName, String status, String statusLabel, int lastVersionNo,
                         boolean awaitingReview, boolean reReview, Instant correctionDeadline, boolean overdue,
                         Instant since, ReviewResource latestReview, Integer rank) {

        static EntryResource of(QueueEntry e, IntakeTexts texts) {
            return new EntryResource(e.applicationId(), e.number(), e.projectName(), e.enterpriseName(), e.divisionCode(),
                    e.divisionName(), e.status().name(), texts.text("application.status." + e.status().name()),
                    e.lastVersionNo(), e.awaitingReview(), e.reReview(), e.correctionDeadline(), e.overdue(),
                    e.since(), e.latestReview() == null ? null : ReviewResource.of(e.latestReview(), texts), e.rank());
        }
    }

    @Schema(description = "A formal review decision. overdueCorrection: a failure taken because the correction "
            + "requested on this version was not submitted by its deadline (逾期未补正)")
    record ReviewResource(long id, long applicationId, int versionNo, String outcome, String outcomeLabel,
                          boolean overdueCorrection, List<Label> reasons, String text, Instant deadline,
                          String officer, Instant decidedAt, String reason) {

        static ReviewResource of(FormalReview r, IntakeTexts texts) {
            return new ReviewResource(r.id(), r.applicationId(), r.versionNo(), r.outcome().name(),
                    texts.text(r.outcome().labelKey()), r.overdueCorrection(),
                    r.reasons().stream().map(x -> new Label(x.name(), texts.text(x.labelKey()))).toList(),
                    r.text(), r.deadline(), r.officer(), r.decidedAt(), r.reason());
        }
    }

    @Schema(description = "An application with the province, its formal reviews (oldest first) and what a decision "
            + "on it must name as reviewedVersionNo / reviewedStatus. allowedOutcomes: the conclusions a decision "
            + "may take now — all three while awaiting review, only FAIL once a requested correction is overdue "
            + "(overdue: its deadline passed without a submission), none otherwise")
    record ReviewsResource(long applicationId, String number, String projectName, String enterpriseName, String divisionCode,
                           String status, String statusLabel, int lastVersionNo, boolean awaitingReview,
                           Instant correctionDeadline, boolean overdue, List<String> allowedOutcomes,
                           LocalDate defaultCorrectionDueDate, List<ReviewResource> reviews) {

        static ReviewsResource of(ApplicationSummary a, boolean awaiting, Instant correctionDeadline, boolean overdue,
                                  List<FormalReviewOutcome> allowed, LocalDate defaultDueDate,
                                  List<FormalReview> reviews, IntakeTexts texts) {
            return new ReviewsResource(a.id(), a.number(), a.projectName(), a.enterpriseName(), a.divisionCode(),
                    a.status().name(), texts.text("application.status." + a.status().name()), a.lastVersionNo(),
                    awaiting, correctionDeadline, overdue, allowed.stream().map(Enum::name).toList(), defaultDueDate,
                    reviews.stream().map(r -> ReviewResource.of(r, texts)).toList());
        }
    }

    @Schema(description = "A formal review decision. outcome: PASS | REQUEST_CORRECTION | FAIL; reasons: INCOMPLETE, "
            + "INELIGIBLE, POOR_CREDIT, DUPLICATE, OTHER (at least one for REQUEST_CORRECTION and FAIL, none for "
            + "PASS); text: what to correct (required for REQUEST_CORRECTION) or why it failed (required with OTHER); "
            + "deadline: yyyy-MM-dd, the last day of the correction (ends 23:59:59 Asia/Shanghai), only and always "
            + "for REQUEST_CORRECTION; reviewedVersionNo and reviewedStatus: the version and status the decision is "
            + "about, as the reviews resource showed them (a decision on anything else is refused with 409). An "
            + "application waiting for a correction (CORRECTION_REQUESTED) takes only FAIL, and only once its "
            + "correction deadline has passed")
    record DecisionRequest(String outcome, List<String> reasons, String text, String deadline,
                           Integer reviewedVersionNo, String reviewedStatus) {

        DecisionInput input(long applicationId) {
            return new DecisionInput(applicationId, outcome, reasons == null ? List.of() : reasons, text, deadline,
                    reviewedVersionNo, reviewedStatus);
        }
    }
}
