package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with review meetings, in which phase, as named predicates for pages, the API, the navigation and
 * {@link ReviewMeetings} itself (which checks them again). Setting up, drawing, replacing, starting and closing are the
 * programme office's (an officer acting, not an administrator); answering an invitation and signing the pledge are the
 * invited expert's. The draw is sealed: before the meeting starts only the programme office sees who was drawn; an
 * expert sees only their own invitation and seats; after the start the meeting's experts see its panels too.
 */
@Component("meetingPermissions")
public class MeetingPermissions {

    /** The meetings pages: list, create, the meeting's page with its draw (sealed or not, the office sees it). */
    public boolean manages(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    /** Change the parameters, groups and agenda: only while planned. */
    public boolean canEdit(CurrentUser user, MeetingStatus status) {
        return manages(user) && status == MeetingStatus.PLANNED;
    }

    /** Take a transition of the table now: its performer (the office) and its from-status. */
    public boolean canPerform(CurrentUser user, MeetingTransition transition, MeetingStatus status) {
        return switch (transition.performer()) {
            case OFFICER -> manages(user);
        } && transition.isAllowedFrom(status);
    }

    /** Replace an expert's vacant seats from the reserves: drawn or started, not closed. */
    public boolean canReplace(CurrentUser user, MeetingStatus status) {
        return manages(user) && (status == MeetingStatus.DRAWN || status == MeetingStatus.STARTED);
    }

    /** Re-run the recorded draw to verify it. */
    public boolean canVerify(CurrentUser user, MeetingStatus status) {
        return manages(user) && status != MeetingStatus.PLANNED;
    }

    /**
     * See who was drawn for the meeting (its panels): the office always; an expert of the meeting (an accepted
     * invitation) once the meeting has started; nobody else, ever.
     *
     * @param meetingExpert whether the person holds an accepted invitation to this meeting
     */
    public boolean seesPanels(CurrentUser user, MeetingStatus status, boolean meetingExpert) {
        if (manages(user)) {
            return true;
        }
        return isExpert(user) && meetingExpert
                && (status == MeetingStatus.STARTED || status == MeetingStatus.CLOSED);
    }

    /** The expert's invitations page: a person with the expert role (administrators see no business data). */
    public boolean seesInvitations(CurrentUser user) {
        return isExpert(user);
    }

    /** Accept or decline the invitation: the invited expert, until the meeting starts. */
    public boolean canAnswer(CurrentUser user, MeetingStatus status, Invitation invitation) {
        return isExpert(user) && invitation != null && invitation.accountId() != null
                && invitation.accountId() == user.id() && status == MeetingStatus.DRAWN;
    }

    /** Sign the pledge: the expert who accepted, once per meeting, before the meeting closes. */
    public boolean canPledge(CurrentUser user, MeetingStatus status, Invitation invitation) {
        return isExpert(user) && invitation != null && invitation.accountId() != null
                && invitation.accountId() == user.id() && invitation.state() == InvitationState.ACCEPTED
                && !invitation.pledged() && (status == MeetingStatus.DRAWN || status == MeetingStatus.STARTED);
    }

    /** See the names of the enterprises and projects of their seats (to declare conflicts): accepted, meeting open. */
    public boolean seesOwnAgenda(CurrentUser user, MeetingStatus status, Invitation invitation) {
        return isExpert(user) && invitation != null && invitation.accountId() != null
                && invitation.accountId() == user.id() && invitation.state() == InvitationState.ACCEPTED
                && status != MeetingStatus.PLANNED;
    }

    public boolean manages(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::manages).orElse(false);
    }

    public boolean seesInvitations(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::seesInvitations).orElse(false);
    }

    private static boolean isExpert(CurrentUser user) {
        return user != null && user.has(Role.EXPERT) && !user.isAdministrator();
    }
}
