package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * Inspection teams (核查组) of a call: the programme office forms them of officers, experts and the staff of the
 * division visited. Every change is audited; an expert member is given access to the team's visited applications
 * ({@code ApplicationAssignments}) and loses it on leaving the team.
 */
public interface InspectionTeams {

    int NAME_LIMIT = 100;

    /** The call's teams, by division then name. */
    List<InspectionTeam> ofCall(long callId);

    Optional<InspectionTeam> find(long teamId);

    /** The teams this account is a member of. */
    List<InspectionTeam> ofMember(long accountId);

    /** Whether the account is a member of any team. */
    boolean isMemberOfAny(long accountId);

    /**
     * Forms a team with its leader as first member.
     *
     * @throws SiteVisitRejectedException when the name is blank, too long or taken in the call, the division or the
     *                                    leader is not acceptable
     * @throws SiteVisitRefusedException  when {@code officer} does not act for the programme office
     */
    InspectionTeam create(long callId, String divisionCode, String name, String leaderUsername, CurrentUser officer);

    /**
     * Adds a member (idempotent: adding a member twice changes nothing).
     *
     * @throws SiteVisitRejectedException when there is no such account, or it is neither an officer, an expert nor a
     *                                    recommender of the team's division (a recommender of another division is
     *                                    refused with a message)
     */
    InspectionTeam addMember(long teamId, String username, CurrentUser officer);

    /**
     * Removes a member (idempotent); the leader cannot be removed.
     *
     * @throws SiteVisitRefusedException when the member is the leader
     */
    InspectionTeam removeMember(long teamId, long accountId, CurrentUser officer);
}
