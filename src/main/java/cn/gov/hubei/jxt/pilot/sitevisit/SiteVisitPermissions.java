package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with site visits, with the visit's phase: the programme office ({@link CurrentUser#actsAsOfficer()})
 * forms teams, plans and cancels visits and reads every record; a team member reads the team's visits and records
 * while the visit is open (planned or recording); the leader signs off ({@link SiteVisitTransition#SIGN_OFF}); a
 * person assigned to the application ({@link ApplicationAssignments#isAssigned}: the experts of its review panel)
 * reads the signed-off record. For everyone else the visit does not exist (404). Called by the services, pages, API
 * ({@code @siteVisitPermissions…}) and the navigation.
 */
@Component("siteVisitPermissions")
public class SiteVisitPermissions {

    private final ApplicationAssignments assignments;
    private final ObjectProvider<InspectionTeams> teams;

    public SiteVisitPermissions(ApplicationAssignments assignments, ObjectProvider<InspectionTeams> teams) {
        this.assignments = assignments;
        this.teams = teams;
    }

    /** Form teams, plan and cancel visits: a person acting for the programme office. */
    public boolean canManage(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    public boolean canManage(Authentication authentication) {
        return CurrentUser.actsAsOfficer(authentication);
    }

    /** Reach the site-visit pages at all (and see the navigation's entry): an officer or a member of some team. */
    public boolean seesVisits(CurrentUser user) {
        return canManage(user) || user != null && !user.isAdministrator() && teams.getObject().isMemberOfAny(user.id());
    }

    public boolean seesVisits(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::seesVisits).orElse(false);
    }

    /** Read the visit's record: officers, the team's members, and, once signed off, people assigned to it. */
    public boolean canRead(CurrentUser user, SiteVisit visit, InspectionTeam team) {
        if (user == null || visit == null || user.isAdministrator()) {
            return false;
        }
        return canManage(user) || team.hasMember(user.id())
                || visit.status() == SiteVisitStatus.SIGNED_OFF && assignments.isAssigned(visit.applicationId(), user.id());
    }

    /** Record findings, attendees, photos and the conclusion: a member of the team while the visit is open. */
    public boolean canRecord(CurrentUser user, SiteVisit visit, InspectionTeam team) {
        return user != null && !user.isAdministrator() && visit.status().open() && team.hasMember(user.id());
    }

    /** Sign off: the team's leader, while recording ({@link SiteVisitTransition#SIGN_OFF}). */
    public boolean canSignOff(CurrentUser user, SiteVisit visit, InspectionTeam team) {
        return user != null && !user.isAdministrator() && SiteVisitTransition.SIGN_OFF.isAllowedFrom(visit.status())
                && team.leaderId() == user.id();
    }

    /** Cancel: the programme office, before sign-off. */
    public boolean canCancel(CurrentUser user, SiteVisit visit) {
        return canManage(user) && SiteVisitTransition.of("cancel", visit.status()).isPresent();
    }
}
