package cn.gov.hubei.jxt.pilot.identity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoleAssignmentTest {

    @Test
    void refusesTwoAdministratorRoles() {
        assertThat(RoleAssignment.violations(Set.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN), null, null))
                .containsExactly("role.assignment.two-admin-roles");
        assertThat(RoleAssignment.violations(Set.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN), null, null))
                .containsExactly("role.assignment.two-admin-roles");
    }

    @Test
    void refusesAnAdministratorRoleWithABusinessRole() {
        for (Role admin : Role.administrators()) {
            for (Role business : Role.businessRoles()) {
                Long enterprise = business == Role.APPLICANT ? 1L : null;
                String division = business == Role.RECOMMENDER ? "420100" : null;
                assertThat(RoleAssignment.violations(Set.of(admin, business), enterprise, division))
                        .as("%s + %s", admin, business)
                        .containsExactly("role.assignment.admin-with-business-role");
            }
        }
    }

    @Test
    void bindsApplicantsToAnEnterpriseAndRecommendersToADivision() {
        assertThat(RoleAssignment.violations(Set.of(Role.APPLICANT), null, null))
                .containsExactly("role.assignment.applicant-needs-enterprise");
        assertThat(RoleAssignment.violations(Set.of(Role.RECOMMENDER), null, null))
                .containsExactly("role.assignment.recommender-needs-division");
        assertThat(RoleAssignment.violations(Set.of(Role.OFFICER), 7L, "420100"))
                .containsExactly("role.assignment.enterprise-only-for-applicant", "role.assignment.division-only-for-recommender");
        assertThat(RoleAssignment.violations(Set.of(Role.APPLICANT), 7L, null)).isEmpty();
        assertThat(RoleAssignment.violations(Set.of(Role.RECOMMENDER), null, "420500")).isEmpty();
    }

    @Test
    void allowsBusinessRolesTogetherAndEachAdministratorAlone() {
        assertThat(RoleAssignment.violations(Set.of(Role.OFFICER, Role.EXPERT), null, null)).isEmpty();
        for (Role admin : Role.administrators()) {
            assertThat(RoleAssignment.violations(Set.of(admin), null, null)).isEmpty();
        }
        assertThat(RoleAssignment.violations(Set.of(), null, null)).containsExactly("role.assignment.none");
    }
}
