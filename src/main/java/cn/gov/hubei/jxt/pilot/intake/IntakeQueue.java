package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.call.CallSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programme office's intake queue of a call: the applications with the province, those awaiting a formal review
 * first (oldest first), then those waiting for a correction (nearest deadline first), then the decided ones.
 */
public interface IntakeQueue {

    /** Rows per page of the queue: a call may bring thousands of applications to the province. */
    int PAGE_SIZE = 100;

    /**
     * The call's applications with the province that match the filter, one page of {@link #PAGE_SIZE} rows (a page
     * after the last gives the last), with counts per status and per division over all of them (the filter narrows the
     * rows, never the counts) and how many match on all pages.
     *
     * @throws cn.gov.hubei.jxt.pilot.call.CallNotFoundException when there is no such call
     */
    QueueView queue(long callId, QueueFilter filter);

    /** For every call with applications at the province: how many are with the province and how many await review. */
    Map<Long, CallCount> countsByCall();

    /** The application, if it exists and is with the province; what the review page and decisions may reach. */
    Optional<ApplicationSummary> withProvince(long applicationId);

    /**
     * What narrows the rows.
     *
     * @param divisionCode one division, or {@code null} for all
     * @param statuses     the statuses to show, or {@code null} / empty for all with the province
     * @param search       text in the project name or the enterprise name, a part of the 申报编号 (digits and
     *                     hyphens, e.g. 420100-0003), or (digits only) the id; {@code null} for none
     * @param page         the page, from 0
     */
    record QueueFilter(String divisionCode, Set<ApplicationStatus> statuses, String search, int page) {

        public static final QueueFilter ALL = new QueueFilter(null, null, null);

        public QueueFilter {
            page = Math.max(0, page);
        }

        /** The first page. */
        public QueueFilter(String divisionCode, Set<ApplicationStatus> statuses, String search) {
            this(divisionCode, statuses, search, 0);
        }

        public QueueFilter page(int page) {
            return new QueueFilter(divisionCode, statuses, search, page);
        }
    }

    /**
     * @param statusCounts   how many of the call's applications with the province are in each status, for every
     *                       status with the province (zeros included), in the order of
     *                       {@link ApplicationStatusGroup#WITH_PROVINCE}
     * @param awaitingCount  how many wait for a formal review (first review or re-review)
     * @param divisions      every division (all 17, in the province's order) with how many applications it sent
     * @param total          how many of the call's applications are with the province
     * @param matching       how many of them match the filter, on all pages
     * @param page           the page of {@code entries}, from 0
     * @param pageSize       rows per page
     */
    record QueueView(CallSummary call, List<QueueEntry> entries, Map<ApplicationStatus, Integer> statusCounts,
                     int awaitingCount, List<DivisionCount> divisions, int total, int matching, int page,
                     int pageSize) {

        /** How many pages the matching rows take (at least one). */
        public int pages() {
            return Math.max(1, (matching + pageSize - 1) / pageSize);
        }
    }

    /**
     * One row of the queue.
     *
     * @param number             the 申报编号 people read, e.g. 2026-420100-0001
     * @param awaitingReview     waits for a formal review (待审查), first or again after a correction
     * @param reReview           the review waited for is a re-review after a correction (待复审)
     * @param correctionDeadline when a correction is requested: by when the enterprise is to submit it
     * @param overdue            a requested correction whose deadline has passed
     * @param since              when the application took its current status
     * @param latestReview       the last formal review decision, if any
     * @param rank               its place on the division's ranked list (推荐排名); {@code null} when not on it
     */
    record QueueEntry(long applicationId, String number, String projectName, String enterpriseName, String divisionCode,
                      String divisionName, ApplicationStatus status, int lastVersionNo, boolean awaitingReview,
                      boolean reReview, Instant correctionDeadline, boolean overdue, Instant since,
                      FormalReview latestReview, Integer rank) {
    }

    /** How many of a call's applications are with the province, and how many of them await a formal review. */
    record CallCount(int withProvince, int awaiting) {

        public static final CallCount NONE = new CallCount(0, 0);
    }

    /** A division (推荐单位) with the number of the call's applications it sent to the province. */
    record DivisionCount(String code, String name, int count) {
    }
}
