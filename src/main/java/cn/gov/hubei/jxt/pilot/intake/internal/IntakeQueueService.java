package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.IntakePermissions;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The intake queue of a call. Applications come from {@link ProvinceIntake} (the one rule of what reached the
 * province), narrowed by the filter in the query and put in the queue's order; the page's last decisions and ranks on
 * the divisions' lists (推荐排名) are read for all its rows at once (one statement each); each row is built in
 * {@link #entryOf}.
 */
@Service
class IntakeQueueService implements IntakeQueue {

    /**
     * Awaiting review first, the longest waiting on top; then the requested corrections, nearest deadline first; then
     * the decided ones. Within a group: the province's order of divisions, then the application number.
     */
    private static final List<ApplicationStatus> GROUP_ORDER = List.of(ApplicationStatus.RECOMMENDED,
            ApplicationStatus.CORRECTED, ApplicationStatus.CORRECTION_REQUESTED, ApplicationStatus.FORMAL_PASSED,
            ApplicationStatus.FORMAL_FAILED);

    private final ProvinceIntake intake;
    private final FormalReviewRepository reviews;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final Clock clock;

    IntakeQueueService(ProvinceIntake intake, FormalReviewRepository reviews, Calls calls, ReferenceCatalog reference,
                       Clock clock) {
        this.intake = intake;
        this.reviews = reviews;
        this.calls = calls;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public QueueView queue(long callId, QueueFilter filter) {
        CallSummary call = calls.find(callId).orElseThrow(() -> new CallNotFoundException(callId));
        List<Division> divisions = reference.divisions();
        Map<String, Division> byCode = divisions.stream()
                .collect(Collectors.toMap(Division::code, Function.identity()));
        List<ApplicationSummary> all = intake.ofCall(callId);
        Instant now = clock.instant();

        Map<ApplicationStatus, Integer> statusCounts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (ApplicationStatusGroup.WITH_PROVINCE.contains(status)) {
                statusCounts.put(status, 0);
            }
        }
        Map<String, Integer> divisionCounts = new LinkedHashMap<>();
        for (ApplicationSummary a : all) {
            statusCounts.merge(a.status(), 1, Integer::sum);
            divisionCounts.merge(a.divisionCode(), 1, Integer::sum);
        }
        int awaiting = (int) all.stream()
                .filter(a -> ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(a.status())).count();

        List<ApplicationSummary> rows = new ArrayList<>(filtered(filter) ? intake.ofCall(callId, filter) : all);
        rows.sort(order(byCode));
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pages - 1);
        List<ApplicationSummary> shown = rows.subList(page * PAGE_SIZE, Math.min(rows.size(), (page + 1) * PAGE_SIZE));
        Map<Long, FormalReview> latest = reviews.latestOf(shown.stream().map(ApplicationSummary::id).toList());
        Map<Long, Integer> ranks = intake.ranksOf(shown);
        List<QueueEntry> entries = shown.stream()
                .map(a -> entryOf(a, byCode.get(a.divisionCode()), latest.get(a.id()), ranks.get(a.id()), now))
                .toList();
        List<DivisionCount> perDivision = divisions.stream()
                .map(d -> new DivisionCount(d.code(), d.name(), divisionCounts.getOrDefault(d.code(), 0)))
                .toList();
        return new QueueView(call, entries, statusCounts, awaiting, perDivision, all.size(), rows.size(), page,
                PAGE_SIZE);
    }

    @Override
    public Map<Long, CallCount> countsByCall() {
        Map<Long, CallCount> counts = new LinkedHashMap<>();
        for (ApplicationSummary a : intake.all()) {
            int awaiting = awaiting(a) ? 1 : 0;
            counts.merge(a.callId(), new CallCount(1, awaiting),
                    (x, y) -> new CallCount(x.withProvince() + y.withProvince(), x.awaiting() + y.awaiting()));
        }
        return counts;
    }

    @Override
    public Optional<ApplicationSummary> withProvince(long applicationId) {
        return intake.find(applicationId);
    }

    /** One row: the application, its division, its last formal review, its rank on the division's list. */
    private static QueueEntry entryOf(ApplicationSummary a, Division division, FormalReview latestReview, Integer rank,
                                      Instant now) {
        boolean correction = a.status() == ApplicationStatus.CORRECTION_REQUESTED;
        Instant deadline = correction ? a.returnDeadline() : null;
        return new QueueEntry(a.id(), a.number(), a.projectName(), a.enterpriseName(), a.divisionCode(),
                division == null ? a.divisionCode() : division.name(), a.status(), a.lastVersionNo(),
                awaiting(a), a.status() == ApplicationStatus.CORRECTED,
                deadline, IntakePermissions.correctionOverdue(a, now), a.updatedAt(), latestReview, rank);
    }

    private static boolean awaiting(ApplicationSummary a) {
        return ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(a.status());
    }

    private static boolean filtered(QueueFilter filter) {
        return filter.divisionCode() != null && !filter.divisionCode().isBlank()
                || filter.statuses() != null && !filter.statuses().isEmpty()
                || filter.search() != null && !filter.search().isBlank();
    }

    /**
     * Awaiting review first, the longest waiting on top; then the requested corrections, nearest deadline first; then
     * the decided ones. Within a group: the province's order of divisions, then the id.
     */
    private static Comparator<ApplicationSummary> order(Map<String, Division> divisions) {
        Comparator<ApplicationSummary> group = Comparator.comparingInt(a -> awaiting(a) ? 0
                : GROUP_ORDER.indexOf(a.status()));
        Comparator<ApplicationSummary> withinGroup = (x, y) -> {
            if (awaiting(x) && awaiting(y)) {
                return x.updatedAt().compareTo(y.updatedAt());
            }
            Instant dx = x.status() == ApplicationStatus.CORRECTION_REQUESTED ? x.returnDeadline() : null;
            Instant dy = y.status() == ApplicationStatus.CORRECTION_REQUESTED ? y.returnDeadline() : null;
            if (dx != null && dy != null) {
                return dx.compareTo(dy);
            }
            return 0;
        };
        Comparator<ApplicationSummary> division = Comparator.comparingInt(a -> {
            Division d = divisions.get(a.divisionCode());
            return d == null ? Integer.MAX_VALUE : d.displayOrder();
        });
        return group.thenComparing(withinGroup).thenComparing(division)
                .thenComparingLong(ApplicationSummary::id);
    }
}
