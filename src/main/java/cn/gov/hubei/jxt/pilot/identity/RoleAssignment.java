package cn.gov.hubei.jxt.pilot.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules for the roles an account may hold and what they are bound to (三员分立): at most one administrator
 * role, never together with a business role; an applicant is bound to an enterprise, a recommender to a division,
 * and no other role carries either binding.
 */
public final class RoleAssignment {

    private RoleAssignment() {
    }

    /** Message keys of every rule the assignment breaks; empty when it is allowed. */
    public static List<String> violations(Set<Role> roles, Long enterpriseId, String divisionCode) {
        List<String> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add("role.assignment.none");
            return problems;
        }
        long admins = roles.stream().filter(Role::isAdministrator).count();
        if (admins > 1) {
            problems.add("role.assignment.two-admin-roles");
        } else if (admins == 1 && roles.size() > 1) {
            problems.add("role.assignment.admin-with-business-role");
        }
        if (roles.contains(Role.APPLICANT) && enterpriseId == null) {
            problems.add("role.assignment.applicant-needs-enterprise");
        }
        if (!roles.contains(Role.APPLICANT) && enterpriseId != null) {
            problems.add("role.assignment.enterprise-only-for-applicant");
        }
        if (roles.contains(Role.RECOMMENDER) && (divisionCode == null || divisionCode.isBlank())) {
            problems.add("role.assignment.recommender-needs-division");
        }
        if (!roles.contains(Role.RECOMMENDER) && divisionCode != null && !divisionCode.isBlank()) {
            problems.add("role.assignment.division-only-for-recommender");
        }
        return problems;
    }
}
