package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListDetails;
import cn.gov.hubei.jxt.pilot.recommendation.internal.OverviewRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckFacts;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckItem;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationCondition;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendedRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Review;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Submission;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Workspace;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the recommendation API: requests and resources, with labels a person reads. */
final class ApiResources {

    private ApiResources() {
    }

    // ------------------------------------------------------------------------------------------------ requests

    record PrecheckRequest(List<Item> items) {
        record Item(Integer condition, String verdict, String note) {
        }
    }

    record ReasonRequest(String reason) {
    }

    /** @param deadline by when the enterprise is to resubmit (ISO-8601 with offset); required after filing closed */
    record ReturnRequest(String reason, Instant deadline) {
    }

    record OrderRequest(Long version, List<Long> applicationIds) {
    }

    /** @param direction {@code up} or {@code down} */
    record MoveRequest(Long version, String direction) {
    }

    record RemarkRequest(Long version, String remark) {
    }

    /** @param deadline a new deadline for the division; {@code null}: open until submitted again */
    record ReopenRequest(String reason, Instant deadline) {
    }

    // ----------------------------------------------------------------------------------------------- resources

    record ApplicationItem(long id, String number, String projectName, String enterpriseName, String status, String statusLabel,
                           int lastVersionNo, Integer rank, String precheck, String precheckLabel, String versionUrl,
                           String compareUrl) {

        static ApplicationItem of(Workspace.Row row, RecommendationMessages messages) {
            ApplicationSummary a = row.application();
            return new ApplicationItem(a.id(), a.number(), a.projectName(), a.enterpriseName(), a.status().name(),
                    messages.text("application.status." + a.status().name()), a.lastVersionNo(), row.rank(),
                    row.precheck().name(), messages.text(row.precheck().labelKey()),
                    "/applications/" + a.id() + "/versions/" + a.lastVersionNo(),
                    a.lastVersionNo() > 1 ? "/applications/" + a.id() + "/compare" : null);
        }
    }

    record WorkspaceResource(long callId, String callTitle, String divisionCode, String divisionName,
                             String listStatus, long listVersion, Instant deadline, boolean open,
                             String closedReason, int total, Map<String, Long> counts, Integer quota,
                             int recommended, List<ApplicationItem> applications) {

        static WorkspaceResource of(Workspace ws, RecommendationMessages messages) {
            Map<String, Long> counts = new LinkedHashMap<>();
            ws.counts().forEach((status, n) -> counts.put(status.name(), n));
            RecommendationList list = ws.list();
            return new WorkspaceResource(ws.call().id(), ws.call().title(), list.divisionCode(), list.divisionName(),
                    list.status().name(), list.version(), list.deadline(), ws.open(), ws.closedReason(), ws.total(),
                    counts, list.quota(), list.entries().size(),
                    ws.rows().stream().map(r -> ApplicationItem.of(r, messages)).toList());
        }
    }

    record PrecheckEntry(int condition, String title, String verdict, String verdictLabel, String note,
                         String checkedBy, Instant checkedAt) {
    }

    record ReviewResource(long id, String number, long callId, String projectName, String enterpriseName, String divisionCode,
                          String status, String statusLabel, int versionNo, String precheckState,
                          List<PrecheckEntry> precheck, PrecheckFacts facts, Integer rank, boolean open,
                          String closedReason, boolean returnDeadlineRequired, List<String> allowedActions,
                          String late, String wayForward) {

        /**
         * @param acts whether the caller is the division's recommender (else the programme office): the way forward
         *             is said to each side in its own terms
         */
        static ReviewResource of(Review review, List<String> actions, boolean acts, RecommendationMessages messages) {
            ApplicationSummary a = review.application();
            List<PrecheckEntry> entries = java.util.Arrays.stream(RecommendationCondition.values()).map(c -> {
                PrecheckItem item = review.items().get(c);
                return new PrecheckEntry(c.number(), messages.text(c.titleKey()),
                        item == null ? null : item.verdict().name(),
                        item == null ? null : messages.text(item.verdict().labelKey()),
                        item == null ? null : item.note(), item == null ? null : item.checkedBy(),
                        item == null ? null : item.checkedAt());
            }).toList();
            return new ReviewResource(a.id(), a.number(), a.callId(), a.projectName(), a.enterpriseName(), a.divisionCode(),
                    a.status().name(), messages.text("application.status." + a.status().name()),
                    review.version().number(), review.precheckState().name(), entries, review.facts(),
                    review.rank(), review.open(), review.closedReason(), review.returnDeadlineRequired(), actions,
                    review.stranded() == null ? null : messages.text(review.stranded().labelKey()),
                    review.stranded() == null ? null : messages.text(acts ? "recommendation.stranded.way.recommender"
                            : "recommendation.stranded.way.officer"));
        }
    }

    record ListResource(long callId, String divisionCode, String divisionName, String status, String statusLabel,
                        long version, Integer quota, Instant deadline, Instant submittedAt, String submittedBy,
                        boolean late, int submissionNumber, List<RankedEntry> entries,
                        Map<String, String> submittedFiles) {

        static ListResource of(RecommendationList list, RecommendationMessages messages) {
            Map<String, String> files = new LinkedHashMap<>();
            if (list.scanFileId() != null) {
                String base = "/api/v1/recommendation/calls/" + list.callId() + "/lists/" + list.divisionCode()
                        + "/files/";
                files.put("scan", base + "scan");
                files.put("docx", base + "docx");
                files.put("xlsx", base + "xlsx");
            }
            return new ListResource(list.callId(), list.divisionCode(), list.divisionName(), list.status().name(),
                    messages.text("recommendation.list.status." + list.status().name()), list.version(),
                    list.quota(), list.deadline(), list.submittedAt(), list.submittedBy(), list.late(),
                    list.submissionNumber(), list.entries(), files);
        }
    }

    record ListDetailsResource(ListResource list, List<ListDetails.SubmissionInfo> submissions,
                               List<ListDetails.Reopening> reopenings) {

        static ListDetailsResource of(ListDetails details, RecommendationMessages messages) {
            return new ListDetailsResource(ListResource.of(details.list(), messages), details.submissions(),
                    details.reopenings());
        }
    }

    record SubmissionResource(int number, Instant submittedAt, String submittedBy, boolean late, int entryCount,
                              boolean repeated, ListResource list) {

        static SubmissionResource of(Submission s, RecommendationMessages messages) {
            return new SubmissionResource(s.number(), s.submittedAt(), s.submittedBy(), s.late(), s.entryCount(),
                    s.repeated(), ListResource.of(s.list(), messages));
        }
    }

    record OverviewItem(String divisionCode, String divisionName, String status, String statusLabel,
                        Instant submittedAt, Boolean onTime, int recommended, Integer quota, int applications,
                        int undecided, int submissionNumber, String listUrl) {

        static OverviewItem of(OverviewRow row, RecommendationMessages messages) {
            RecommendationList l = row.list();
            return new OverviewItem(l.divisionCode(), l.divisionName(), l.status().name(),
                    messages.text("recommendation.list.status." + l.status().name()), l.submittedAt(),
                    l.submittedAt() == null ? null : !l.late(), l.entries().size(), l.quota(), row.applications(),
                    row.undecided(), l.submissionNumber(),
                    "/api/v1/recommendation/calls/" + l.callId() + "/lists/" + l.divisionCode());
        }
    }

    record RecommendedItem(String divisionCode, String divisionName, int rank, long applicationId,
                           String projectName, String enterpriseName, String contactName, String contactPhone,
                           String remark, String listStatus, String status) {

        static RecommendedItem of(RecommendedRow row) {
            RankedEntry e = row.entry();
            return new RecommendedItem(row.divisionCode(), row.divisionName(), e.rank(), e.applicationId(),
                    e.projectName(), e.enterpriseName(), e.contactName(), e.contactPhone(), e.remark(),
                    row.listStatus().name(), row.status() == null ? null : row.status().name());
        }
    }
}
