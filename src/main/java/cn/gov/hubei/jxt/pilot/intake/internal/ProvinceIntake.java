package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueFilter;
import cn.gov.hubei.jxt.pilot.recommendation.ListRanks;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which applications the province's intake reaches: the queue, the review page and every decision ask here, so the
 * rule lives in one place.
 *
 * <p>An application reaches the province when its division's recommender recommended it and submitted the ranked
 * list (汇总表) to the province: status {@link ApplicationStatus#RECOMMENDED} and the list submitted. Once the
 * province has decided on it (its status is further in {@link ApplicationStatusGroup#WITH_PROVINCE}) it stays here,
 * also while an officer has reopened the division's list; a merely recommended application of a reopened list waits
 * until the list is submitted again.
 *
 * <p>A call's applications are read with one {@link ApplicationQuery} (the call, the status group, and the queue's
 * filters of status, division and text) and the call's submitted lists with one more statement.
 */
@Component
class ProvinceIntake {

    private final ProjectApplications applications;
    private final Recommendations recommendations;
    private final ListRanks ranks;

    ProvinceIntake(ProjectApplications applications, Recommendations recommendations, ListRanks ranks) {
        this.applications = applications;
        this.recommendations = recommendations;
        this.ranks = ranks;
    }

    /** The call's applications that reached the province. */
    List<ApplicationSummary> ofCall(long callId) {
        return reached(callId, applications.list(ofCallQuery(callId)));
    }

    /**
     * The call's applications that reached the province and match the filter, narrowed in the query: status (one
     * status or a status group), division and text (a name, or digits and hyphens: a part of the 申报编号 or the id).
     */
    List<ApplicationSummary> ofCall(long callId, QueueFilter filter) {
        ApplicationQuery query = ofCallQuery(callId);
        Set<ApplicationStatus> statuses = filter.statuses() == null || filter.statuses().isEmpty() ? null
                : filter.statuses();
        if (statuses != null) {
            Optional<ApplicationStatusGroup> group = Arrays.stream(ApplicationStatusGroup.values())
                    .filter(g -> g.statuses().equals(statuses)
                            && ApplicationStatusGroup.WITH_PROVINCE.statuses().containsAll(g.statuses()))
                    .findFirst();
            if (group.isPresent()) {
                query = query.group(group.get());
            } else if (statuses.size() == 1) {
                query = query.status(statuses.iterator().next());
            }
        }
        String division = filter.divisionCode() == null || filter.divisionCode().isBlank() ? null
                : filter.divisionCode();
        query = query.division(division);
        String search = filter.search() == null ? "" : filter.search().strip().toLowerCase(Locale.ROOT);
        boolean digits = !search.isEmpty() && search.chars().allMatch(c -> Character.isDigit(c) || c == '-');
        query = query.text(search);
        Map<Long, ApplicationSummary> found = new LinkedHashMap<>();
        for (ApplicationSummary a : applications.list(query)) {
            // digits are a 申报编号 (or a part of one) or the id, not a fragment of a name
            if (!digits || a.number().contains(search)) {
                found.put(a.id(), a);
            }
        }
        if (digits && search.chars().allMatch(Character::isDigit) && search.length() < 19) {
            applications.find(Long.parseLong(search), ApplicationScope.ALL)
                    .filter(a -> a.callId() == callId && ApplicationStatusGroup.WITH_PROVINCE.contains(a.status()))
                    .filter(a -> division == null || division.equals(a.divisionCode()))
                    .ifPresent(a -> found.putIfAbsent(a.id(), a));
        }
        List<ApplicationSummary> rows = new ArrayList<>(found.values());
        if (statuses != null) {
            rows.removeIf(a -> !statuses.contains(a.status()));
        }
        return reached(callId, rows);
    }

    /** Every application that reached the province, of any call. */
    List<ApplicationSummary> all() {
        Map<Long, List<ApplicationSummary>> byCall = applications.list(ApplicationQuery.in(ApplicationScope.ALL)
                        .group(ApplicationStatusGroup.WITH_PROVINCE)).stream()
                .collect(Collectors.groupingBy(ApplicationSummary::callId, LinkedHashMap::new, Collectors.toList()));
        List<ApplicationSummary> all = new ArrayList<>();
        byCall.forEach((callId, rows) -> all.addAll(reached(callId, rows)));
        return all;
    }

    /** The application, if it exists and reached the province. */
    Optional<ApplicationSummary> find(long applicationId) {
        return applications.find(applicationId, ApplicationScope.ALL).filter(this::reachedProvince);
    }

    /** See the class comment. */
    boolean reachedProvince(ApplicationSummary application) {
        if (!ApplicationStatusGroup.WITH_PROVINCE.contains(application.status())) {
            return false;
        }
        return application.status() != ApplicationStatus.RECOMMENDED
                || recommendations.isSubmitted(application.callId(), application.divisionCode());
    }

    /** The ranks of the applications on their divisions' lists, by id: one statement for all of them. */
    Map<Long, Integer> ranksOf(List<ApplicationSummary> rows) {
        return rows.isEmpty() ? new HashMap<>() : ranks.ranksOf(rows.stream().map(ApplicationSummary::id).toList());
    }

    private static ApplicationQuery ofCallQuery(long callId) {
        return ApplicationQuery.in(ApplicationScope.ALL).call(callId).group(ApplicationStatusGroup.WITH_PROVINCE);
    }

    /** The rows of one call (all with the province) but those recommended on a list not submitted now. */
    private List<ApplicationSummary> reached(long callId, List<ApplicationSummary> rows) {
        if (rows.stream().noneMatch(a -> a.status() == ApplicationStatus.RECOMMENDED)) {
            return rows;
        }
        Set<String> submitted = ranks.submittedDivisions(callId);
        return rows.stream().filter(a -> a.status() != ApplicationStatus.RECOMMENDED
                || submitted.contains(a.divisionCode())).toList();
    }
}
