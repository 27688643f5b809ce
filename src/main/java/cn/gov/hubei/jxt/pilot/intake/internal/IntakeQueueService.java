package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The intake queue of a call. Applications come from {@link ProvinceIntake} (the one rule of what reached the
 * province); each row is built in {@link #entryOf}, the one place where facts of other modules join a row — the
 * recommender's rank (推荐排名) will be added there when the recommendation module offers it.
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
        Map<Long, FormalReview> latest = reviews.latestOf(all.stream().map(ApplicationSummary::id).toList());
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
        int awaiting = (int) all.stream().filter(a -> ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(a.status()))
                .count();

        List<QueueEntry> entries = all.stream()
                .filter(a -> matches(a, filter))
                .map(a -> entryOf(a, byCode.get(a.divisionCode()), latest.get(a.id()), now))
                .sorted(order(byCode))
                .toList();
        List<DivisionCount> perDivision = divisions.stream()
                .map(d -> new DivisionCount(d.code(), d.name(), divisionCounts.getOrDefault(d.code(), 0)))
                .toList();
        return new QueueView(call, entries, statusCounts, awaiting, perDivision, all.size());
    }

    @Override
    public Map<Long, CallCount> countsByCall() {
        Map<Long, CallCount> counts = new LinkedHashMap<>();
        for (ApplicationSummary a : intake.all()) {
            int awaiting = ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(a.status()) ? 1 : 0;
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
    private QueueEntry entryOf(ApplicationSummary a, Division division, FormalReview latestReview, Instant now) {
        boolean correction = a.status() == ApplicationStatus.CORRECTION_REQUESTED;
        Instant deadline = correction ? a.returnDeadline() : null;
        return new QueueEntry(a.id(), a.number(), a.projectName(), a.enterpriseName(), a.divisionCode(),
                division == null ? a.divisionCode() : division.name(), a.status(), a.lastVersionNo(),
                ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(a.status()), a.status() == ApplicationStatus.CORRECTED,
                deadline, ProvinceIntake.correctionOverdue(a, now), a.updatedAt(), latestReview,
                intake.rankOf(a.id()).stream().boxed().findFirst().orElse(null));
    }

    private static boolean matches(ApplicationSummary a, QueueFilter filter) {
        if (filter.divisionCode() != null && !filter.divisionCode().isBlank()
                && !filter.divisionCode().equals(a.divisionCode())) {
            return false;
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty() && !filter.statuses().contains(a.status())) {
            return false;
        }
        String search = filter.search() == null ? "" : filter.search().strip().toLowerCase(Locale.ROOT);
        if (search.isEmpty()) {
            return true;
        }
        if (search.chars().allMatch(c -> Character.isDigit(c) || c == '-')) {
            // digits are a 申报编号 (or a part of one) or the id, not a fragment of a name
            return String.valueOf(a.id()).equals(search) || a.number().contains(search);
        }
        return contains(a.projectName(), search) || contains(a.enterpriseName(), search);
    }

    private static boolean contains(String value, String search) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(search);
    }

    private static Comparator<QueueEntry> order(Map<String, Division> divisions) {
        Comparator<QueueEntry> group = Comparator.comparingInt(e -> e.awaitingReview() ? 0
                : GROUP_ORDER.indexOf(e.status()));
        Comparator<QueueEntry> withinGroup = (x, y) -> {
            if (x.awaitingReview() && y.awaitingReview()) {
                return x.since().compareTo(y.since());
            }
            if (x.correctionDeadline() != null && y.correctionDeadline() != null) {
                return x.correctionDeadline().compareTo(y.correctionDeadline());
            }
            return 0;
        };
        Comparator<QueueEntry> division = Comparator.comparingInt(e -> {
            Division d = divisions.get(e.divisionCode());
            return d == null ? Integer.MAX_VALUE : d.displayOrder();
        });
        return group.thenComparing(withinGroup).thenComparing(division)
                .thenComparingLong(QueueEntry::applicationId);
    }
}
