package cn.gov.hubei.jxt.pilot.decision;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with pending decisions, as named predicates for pages, the API and {@link Decisions} itself (which
 * checks them again and trusts no caller). Every one is the programme office's: a person acting as officer who is
 * not one of the three administrators ({@link CurrentUser#actsAsOfficer()}). Which subjects a person may see at all
 * is the owning module's rule; this module only hides what is not released.
 */
@Component("decisionPermissions")
public class DecisionPermissions {

    /** See pending and withdrawn decisions, open batches and a decision's history. */
    public boolean seesPending(CurrentUser user) {
        return isOfficer(user);
    }

    /** Record a decision as pending (or replace it while pending). */
    public boolean canRecord(CurrentUser user) {
        return isOfficer(user);
    }

    /** Release a batch. */
    public boolean canRelease(CurrentUser user) {
        return isOfficer(user);
    }

    /** Withdraw a pending decision. */
    public boolean canWithdraw(CurrentUser user) {
        return isOfficer(user);
    }

    public boolean seesPending(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::seesPending).orElse(false);
    }

    public boolean canRecord(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canRecord).orElse(false);
    }

    public boolean canRelease(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canRelease).orElse(false);
    }

    public boolean canWithdraw(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canWithdraw).orElse(false);
    }

    private static boolean isOfficer(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }
}
