package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps an expert member's access to the visited applications: an expert is assigned to the application of every
 * live visit of the teams they belong to, and loses the assignments this module made when no such visit is left
 * (leaving the team, the visit cancelled). Assignments made by others (a review panel) are never taken back.
 */
@Component
class Grants {

    private final SiteVisitRepository repository;
    private final ApplicationAssignments assignments;

    Grants(SiteVisitRepository repository, ApplicationAssignments assignments) {
        this.repository = repository;
        this.assignments = assignments;
    }

    /** Brings the expert's assignments in line with the visits of their teams, in the caller's transaction. */
    void reconcile(long accountId, String actor) {
        Set<Long> needed = new HashSet<>(repository.applicationsNeededBy(accountId));
        List<Long> granted = repository.grantedTo(accountId);
        for (Long applicationId : needed) {
            if (!granted.contains(applicationId) && assignments.assign(applicationId, accountId, actor)) {
                repository.insertGrant(applicationId, accountId);
            }
        }
        for (Long applicationId : granted) {
            if (!needed.contains(applicationId)) {
                assignments.unassign(applicationId, accountId, actor);
                repository.deleteGrant(applicationId, accountId);
            }
        }
    }

    void reconcileTeam(long teamId, String actor) {
        repository.expertsOf(teamId).forEach(expert -> reconcile(expert, actor));
    }
}
