package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with a typical scenario, for every person, status and phase: the whole matrix against the rule
 * written out once here. Consent and withdrawal are the scenario's enterprise's; approval, rejection and reopening the
 * programme office's (not an administrator holding the officer role too); consenting, approving and reopening need a
 * project that passed formal review or was designated.
 */
class PortalPermissionMatrixTest {

    static final long ENTERPRISE = 7;

    enum Person {
        ANONYMOUS(null), OWN_APPLICANT(user(Role.APPLICANT, ENTERPRISE)), OTHER_APPLICANT(user(Role.APPLICANT, 8L)),
        RECOMMENDER(user(Role.RECOMMENDER, null)), OFFICER(user(Role.OFFICER, null)),
        ADMIN_OFFICER(new CurrentUser(9, "x", "x", Set.of(Role.OFFICER, Role.SYSTEM_ADMIN), null, null, false)),
        EXPERT(user(Role.EXPERT, null));

        final CurrentUser user;

        Person(CurrentUser user) {
            this.user = user;
        }
    }

    static CurrentUser user(Role role, Long enterpriseId) {
        return new CurrentUser(1, role.name(), role.name(), Set.of(role), enterpriseId,
                role == Role.RECOMMENDER ? "420100" : null, false);
    }

    static TypicalScenario scenario(ScenarioStatus status, ScenarioPhase phase) {
        return new TypicalScenario(1, 2, 1, 0, ENTERPRISE, 2026, "企业", "项目", "420500", List.of("DISCRETE"), null,
                "场景", LifeCycleStage.DESIGN, "p", "s", "e", "场景", null, status, null, null, null, null, null, null,
                0, phase);
    }

    final PortalPermissions permissions = new PortalPermissions();

    @Test
    void theMatrixIsTheRule() {
        List<String> wrong = new ArrayList<>();
        for (Person person : Person.values()) {
            boolean own = person == Person.OWN_APPLICANT;
            boolean office = person == Person.OFFICER;
            for (ScenarioStatus status : ScenarioStatus.values()) {
                for (ScenarioPhase phase : ScenarioPhase.values()) {
                    TypicalScenario s = scenario(status, phase);
                    boolean publishable = phase != ScenarioPhase.INELIGIBLE;
                    check(wrong, person, status, phase, "sees", permissions.sees(person.user, s), own || office);
                    check(wrong, person, status, phase, "consent", permissions.canConsent(person.user, s),
                            own && publishable && EnumSet.of(ScenarioStatus.CANDIDATE, ScenarioStatus.WITHDRAWN).contains(status));
                    check(wrong, person, status, phase, "withdraw", permissions.canWithdraw(person.user, s),
                            own && EnumSet.of(ScenarioStatus.CONSENTED, ScenarioStatus.PUBLISHED).contains(status));
                    check(wrong, person, status, phase, "approve", permissions.canApprove(person.user, s),
                            office && publishable && status == ScenarioStatus.CONSENTED);
                    check(wrong, person, status, phase, "reject", permissions.canReject(person.user, s),
                            office && status != ScenarioStatus.REJECTED && status != ScenarioStatus.WITHDRAWN);
                    check(wrong, person, status, phase, "reopen", permissions.canReopen(person.user, s),
                            office && publishable && status == ScenarioStatus.REJECTED);
                    check(wrong, person, status, phase, "edit", permissions.canEditPublicText(person.user, s),
                            office && status != ScenarioStatus.REJECTED);
                }
            }
            check(wrong, person, null, null, "office", permissions.isOfficer(person.user), office);
            check(wrong, person, null, null, "applicant", permissions.isApplicant(person.user),
                    own || person == Person.OTHER_APPLICANT);
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, Person person, ScenarioStatus status, ScenarioPhase phase,
                              String what, boolean actual, boolean expected) {
        if (actual != expected) {
            wrong.add(person + " " + what + " " + status + "/" + phase + ": " + actual + ", expected " + expected);
        }
    }
}
