package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Who may do what with objections, and when: named predicates of the person, the case's status and the notice's phase,
 * called by the pages, the API ({@code @PreAuthorize}), the navigation and the services themselves. Objecting is
 * anyone's (no account) while the notice accepts objections; everything else is the programme office's — an officer
 * acting, not one of the three administrators ({@link CurrentUser#actsAsOfficer()}) — and reads the performer column
 * of {@link ObjectionTransition}. Nobody else, neither the applicant nor the recommender, ever sees an objector.
 */
@Component("objectionPermissions")
public class ObjectionPermissions {

    /** Object to a notice at this instant: released and inside its period (anyone, without an account). */
    public boolean acceptsObjections(PublicNotice notice, Instant at) {
        return notice != null && notice.status() != NoticeStatus.DRAFT && notice.acceptsObjectionsAt(at);
    }

    /** Handle objections: see the cases (personal data unmasked on a case's page) and act on them. */
    public boolean canHandle(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    public boolean canHandle(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canHandle).orElse(false);
    }

    /** Take a transition of the table on a case in this status: its performer, and allowed from the status. */
    public boolean canTake(CurrentUser user, ObjectionTransition transition, ObjectionStatus status) {
        return transition.performer() == ObjectionTransition.Performer.OFFICE && canHandle(user)
                && transition.isAllowedFrom(status);
    }

    /** Record investigation notes and evidence: an accepted case under investigation. */
    public boolean canInvestigate(CurrentUser user, ObjectionStatus status) {
        return canHandle(user) && status == ObjectionStatus.ACCEPTED;
    }

    /**
     * Take the project off the notice's list: an upheld case whose project is still listed, on a released notice
     * (whether its period is still open or over).
     */
    public boolean canRemoveFromList(CurrentUser user, ObjectionStatus status, boolean alreadyRemoved,
                                     NoticeStatus noticeStatus) {
        return canHandle(user) && status == ObjectionStatus.UPHELD && !alreadyRemoved
                && noticeStatus != null && noticeStatus != NoticeStatus.DRAFT;
    }
}
