package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Who may do what with the typical scenarios, and when, as named predicates for the pages, the API, the navigation
 * and {@link TypicalScenarios} itself. The public pages need no permission. An action is allowed when the transition
 * table ({@link ScenarioTransition}) has a row for it from the scenario's status, the person is that row's performer
 * (an applicant of the scenario's enterprise, or a person acting for the programme office), and the phase allows it:
 * consenting, approving and reopening need a project that passed formal review or was designated; withdrawing a
 * consent and rejecting are always possible. A scenario of another enterprise does not exist for an applicant (404).
 */
@Component("portalPermissions")
public class PortalPermissions {

    /** The office's scenario pages (and the industry of a project). */
    public boolean isOfficer(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }

    public boolean isOfficer(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::isOfficer).orElse(false);
    }

    /** The consent page: an applicant bound to an enterprise. */
    public boolean isApplicant(CurrentUser user) {
        return user != null && user.has(Role.APPLICANT) && user.enterpriseId().isPresent();
    }

    public boolean isApplicant(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::isApplicant).orElse(false);
    }

    /** The navigation's entry to the typical scenarios: the office's approvals or the enterprise's consents. */
    public boolean hasScenarioWork(Authentication authentication) {
        return isOfficer(authentication) || isApplicant(authentication);
    }

    /** See a scenario at all outside the library: the office, or an applicant of its enterprise. */
    public boolean sees(CurrentUser user, TypicalScenario scenario) {
        return scenario != null && (isOfficer(user) || ofEnterprise(user, scenario));
    }

    /** Take the action now: the table's row from the status, its performer, and the phase. */
    public boolean may(CurrentUser user, TypicalScenario scenario, String action) {
        if (scenario == null) {
            return false;
        }
        return ScenarioTransition.of(action, scenario.status())
                .filter(t -> performs(user, scenario, t))
                .filter(t -> !needsPublishablePhase(t) || scenario.phase().allowsPublication())
                .isPresent();
    }

    /** Whether the person is the performer the table names for this transition on this scenario. */
    public boolean performs(CurrentUser user, TypicalScenario scenario, ScenarioTransition transition) {
        return switch (transition.performer()) {
            case APPLICANT -> ofEnterprise(user, scenario);
            case OFFICER -> isOfficer(user);
        };
    }

    public boolean canConsent(CurrentUser user, TypicalScenario scenario) {
        return may(user, scenario, "consent");
    }

    public boolean canWithdraw(CurrentUser user, TypicalScenario scenario) {
        return may(user, scenario, "withdraw");
    }

    public boolean canApprove(CurrentUser user, TypicalScenario scenario) {
        return may(user, scenario, "approve");
    }

    public boolean canReject(CurrentUser user, TypicalScenario scenario) {
        return may(user, scenario, "reject");
    }

    public boolean canReopen(CurrentUser user, TypicalScenario scenario) {
        return may(user, scenario, "reopen");
    }

    /** Edit the public title and summary: the office, until it rejects the scenario. */
    public boolean canEditPublicText(CurrentUser user, TypicalScenario scenario) {
        return isOfficer(user) && scenario != null && scenario.status() != ScenarioStatus.REJECTED;
    }

    /** Assign a project's key industry: the office. */
    public boolean canAssignIndustry(CurrentUser user) {
        return isOfficer(user);
    }

    private static boolean needsPublishablePhase(ScenarioTransition t) {
        return t.code().equals("consent") || t.code().equals("approve") || t.code().equals("reopen");
    }

    private boolean ofEnterprise(CurrentUser user, TypicalScenario scenario) {
        return isApplicant(user) && Objects.equals(user.enterpriseId().orElse(null), scenario.enterpriseId());
    }
}
