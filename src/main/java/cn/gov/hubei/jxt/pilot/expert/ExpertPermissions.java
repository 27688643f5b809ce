package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the expert pool, as predicates of the person, the expert and the expert's phase (active or
 * inactive), called by the pool's services (which trust no caller), its pages, its API and the navigation. The pool is
 * the programme office's ({@link CurrentUser#actsAsOfficer()}); an expert sees their own record (without the office's
 * notes) and declares their own conflicts while active; nobody else sees anything.
 */
@Component("expertPermissions")
public class ExpertPermissions {

    /** List, read (contact included), register, edit, import, export, account creation, the group registry. */
    public boolean canManage(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    /** Whether the transition may be taken now: the office's, from the status the table names. */
    public boolean canTake(CurrentUser user, ExpertStatus status, ExpertTransition transition) {
        return canManage(user) && transition.performer() == ExpertTransition.Performer.OFFICER
                && transition.isAllowedFrom(status);
    }

    /** The expert's own page: a person holding the expert role (who may not be in the pool yet). */
    public boolean hasOwnPage(CurrentUser user) {
        return user != null && user.has(Role.EXPERT) && !user.isAdministrator();
    }

    /** Whether the person reads this expert's record: the office, or the expert themself. */
    public boolean canRead(CurrentUser user, Expert expert) {
        return canManage(user) || isSelf(user, expert);
    }

    /** Contact details are the office's only. */
    public boolean seesContact(CurrentUser user) {
        return canManage(user);
    }

    /**
     * Declare a conflict for this expert: the expert themself while active (on an application they can see, which
     * the service checks), or the office on the expert's word, whatever the phase.
     */
    public boolean canDeclare(CurrentUser user, Expert expert) {
        return canManage(user) || isSelf(user, expert) && expert.active();
    }

    /** Withdraw a declaration: the office only. */
    public boolean canWithdrawDeclaration(CurrentUser user) {
        return canManage(user);
    }

    public boolean isSelf(CurrentUser user, Expert expert) {
        return user != null && expert != null && user.has(Role.EXPERT) && !user.isAdministrator()
                && expert.accountId() != null && expert.accountId() == user.id();
    }

    public boolean canManage(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canManage).orElse(false);
    }

    public boolean hasOwnPage(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::hasOwnPage).orElse(false);
    }
}
