package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the scoring, with the phase (the meeting's status, the sheet's status), as named predicates for
 * the services (which check them again), the pages, the API ({@code @PreAuthorize}) and the navigation. The office's
 * actions are an officer's acting who is not an administrator ({@link CurrentUser#actsAsOfficer()}); an expert's are
 * bound to their active seat through {@link Panels} — seat, invitation accepted, pledge signed, no conflict — and the
 * table's performer column ({@link SheetTransition#performer()}).
 */
@Component("reviewPermissions")
public class ReviewPermissions {

    private final Panels panels;

    public ReviewPermissions(Panels panels) {
        this.panels = panels;
    }

    /** The programme office: rubrics, results, thresholds, the proposal, unlocking. */
    public boolean actsForOffice(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    /** Edit a call's rubric: the office, while no sheet scored with the current version is submitted. */
    public boolean canEditRubric(CurrentUser user, Rubric current) {
        return actsForOffice(user) && (current == null || !current.locked());
    }

    /** See a meeting's results and sheets: the office, once the meeting is drawn (there is nothing before). */
    public boolean canSeeResults(CurrentUser user, MeetingSummary meeting) {
        return actsForOffice(user) && meeting.status() != MeetingStatus.PLANNED;
    }

    /** Record the proposal for the 公示: the office, once scoring has begun (meeting started or closed). */
    public boolean canPropose(CurrentUser user, MeetingSummary meeting) {
        return actsForOffice(user)
                && (meeting.status() == MeetingStatus.STARTED || meeting.status() == MeetingStatus.CLOSED);
    }

    /** Unlock a submitted sheet: the table's performer (the office), while the meeting is under way. */
    public boolean canUnlock(CurrentUser user, MeetingSummary meeting, ScoreSheet sheet) {
        return performs(user, SheetTransition.UNLOCK) && SheetTransition.UNLOCK.isAllowedFrom(sheet.status())
                && meeting.status() == MeetingStatus.STARTED;
    }

    /** The expert's workspace: a person with the expert role. */
    public boolean usesWorkspace(CurrentUser user) {
        return user != null && user.has(Role.EXPERT);
    }

    /** Open the application and its sheet in this meeting: the seated expert as {@link Panels#mayRead} says. */
    public boolean mayRead(CurrentUser user, long meetingId, long applicationId) {
        return usesWorkspace(user) && panels.mayRead(meetingId, applicationId, user.id());
    }

    /** Save or submit the sheet: the table's performer (the seated expert) while scoring is open, a draft only. */
    public boolean canScore(CurrentUser user, long meetingId, long applicationId, SheetStatus status) {
        return performs(user, SheetTransition.SUBMIT) && SheetTransition.SUBMIT.isAllowedFrom(status)
                && panels.mayScore(meetingId, applicationId, user.id());
    }

    boolean performs(CurrentUser user, SheetTransition transition) {
        return switch (transition.performer()) {
            case EXPERT -> usesWorkspace(user);
            case OFFICER -> actsForOffice(user);
        };
    }

    /** Open {@code /review}: the office's overview or the expert's workspace (the navigation's link). */
    public boolean opensReview(Authentication authentication) {
        return actsForOffice(authentication) || usesWorkspace(authentication);
    }

    public boolean actsForOffice(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::actsForOffice).orElse(false);
    }

    public boolean usesWorkspace(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::usesWorkspace).orElse(false);
    }
}
