package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import org.springframework.stereotype.Service;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The recommender's workspace (推荐工作台) for one call: the division's applications, searched and filtered. */
@Service
public class Workspaces {

    private final RecommendationRepository repository;
    private final ProjectApplications applications;
    private final RecommendationLists lists;
    private final WaitingApplications waiting;

    Workspaces(RecommendationRepository repository, ProjectApplications applications, RecommendationLists lists,
               WaitingApplications waiting) {
        this.repository = repository;
        this.applications = applications;
        this.lists = lists;
        this.waiting = waiting;
    }

    /**
     * The recommender's division's applications in the call, filtered in the database by a search text (number,
     * project or enterprise name) and a status, with the counts by status of all of them.
     */
    public Workspace workspace(CallSummary call, CurrentUser by, String text, ApplicationStatus status) {
        String divisionCode = Ranking.divisionOf(by);
        ApplicationQuery all = ApplicationQuery.in(ApplicationScope.division(divisionCode)).call(call.id())
                .division(divisionCode);
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        List<ApplicationSummary> every = applications.list(all);
        every.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        List<ApplicationSummary> shown = applications.list(all.status(status).text(text));
        Map<Long, Integer> versions = new HashMap<>();
        shown.forEach(a -> versions.put(a.id(), a.lastVersionNo()));
        Map<Long, List<Verdict>> verdicts = repository.verdicts(versions);
        Map<Long, Integer> ranks = new HashMap<>();
        repository.entries(call.id(), divisionCode).forEach(e -> ranks.put(e.applicationId(), e.rank()));
        List<Workspace.Row> rows = shown.stream().map(a -> new Workspace.Row(a, ranks.get(a.id()),
                PrecheckState.of(verdicts.get(a.id())))).toList();
        ListRow row = repository.find(call.id(), divisionCode).orElse(null);
        RecommendationList list = lists.build(call, divisionCode, row);
        return new Workspace(call, rows, counts, every.size(), list, lists.closedReason(call, row),
                waiting.stranded(call.id(), divisionCode));
    }
}
