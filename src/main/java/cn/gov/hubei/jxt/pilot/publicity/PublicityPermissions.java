package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Who may do what with public notices, with the notice's phase: predicates for the pages, the API
 * ({@code @publicityPermissions…}), the navigation and the services, which check them again. The officer's transitions
 * come from {@link NoticeTransition}'s performer column; reading a released notice needs no login.
 */
@Component("publicityPermissions")
public class PublicityPermissions {

    /** The office's pages: drafts, released notices, the proposals to draft from. */
    public boolean canManage(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    public boolean canManage(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canManage).orElse(false);
    }

    /** Set the office's contact on notices: the office; the settings have no workflow, hence no phase. */
    public boolean canSetContact(CurrentUser user) {
        return canManage(user);
    }

    public boolean canSetContact(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canSetContact).orElse(false);
    }

    /** Draft a notice for a call: the office, when the call has a pending proposal and no notice yet. */
    public boolean canCreate(CurrentUser user, boolean callHasProposal, boolean callHasNotice) {
        return canManage(user) && callHasProposal && !callHasNotice;
    }

    /** Edit a notice: the office, while it is a draft. */
    public boolean canEdit(CurrentUser user, PublicNotice notice) {
        return officerMay(user, NoticeTransition.RELEASE, notice);
    }

    /** Discard a notice: the office, while it is a draft. */
    public boolean canDiscard(CurrentUser user, PublicNotice notice) {
        return officerMay(user, NoticeTransition.DISCARD, notice);
    }

    /**
     * Release a notice: the office, for a draft whose start day is today or later and whose call's proposal lists at
     * least one project.
     */
    public boolean canRelease(CurrentUser user, PublicNotice notice, LocalDate today, boolean hasProposal) {
        return officerMay(user, NoticeTransition.RELEASE, notice) && !notice.startDate().isBefore(today)
                && hasProposal;
    }

    /** Take a project off the list (an upheld objection): the office, once the notice is public. */
    public boolean canRemoveEntry(CurrentUser user, PublicNotice notice) {
        return canManage(user) && notice.status().isPublic();
    }

    /** Read a notice, its list and its print: anyone, logged in or not, once released; a draft only the office. */
    public boolean canRead(CurrentUser user, PublicNotice notice) {
        return notice.status().isPublic() || canManage(user);
    }

    private boolean officerMay(CurrentUser user, NoticeTransition transition, PublicNotice notice) {
        return canManage(user) && transition.performer() == NoticeTransition.Performer.OFFICER
                && transition.isAllowedFrom(notice.status());
    }
}
