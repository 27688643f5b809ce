package cn.gov.hubei.jxt.pilot.decision;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every action on pending decisions is the programme office's: an officer acting, not one of the administrators. */
class DecisionPermissionsTest {

    final DecisionPermissions permissions = new DecisionPermissions();

    @Test
    void onlyAnOfficerWhoIsNoAdministratorActsOnPendingDecisions() {
        for (Role role : Role.values()) {
            CurrentUser user = user(Set.of(role));
            boolean office = role == Role.OFFICER;
            assertThat(permissions.seesPending(user)).as(role.name()).isEqualTo(office);
            assertThat(permissions.canRecord(user)).as(role.name()).isEqualTo(office);
            assertThat(permissions.canRelease(user)).as(role.name()).isEqualTo(office);
            assertThat(permissions.canWithdraw(user)).as(role.name()).isEqualTo(office);
            assertThat(permissions.canRelease(authentication(user))).as(role.name()).isEqualTo(office);
        }
        for (Role administrator : Role.administrators()) {
            CurrentUser both = user(Set.of(Role.OFFICER, administrator));
            assertThat(permissions.seesPending(both)).as(administrator.name()).isFalse();
            assertThat(permissions.canRecord(authentication(both))).as(administrator.name()).isFalse();
        }
        assertThat(permissions.seesPending((CurrentUser) null)).isFalse();
        assertThat(permissions.canRelease((Authentication) null)).isFalse();
    }

    private static CurrentUser user(Set<Role> roles) {
        return new CurrentUser(1, "someone", "someone", roles, roles.contains(Role.APPLICANT) ? 7L : null,
                roles.contains(Role.RECOMMENDER) ? "420100" : null, false);
    }

    private static Authentication authentication(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }
}
