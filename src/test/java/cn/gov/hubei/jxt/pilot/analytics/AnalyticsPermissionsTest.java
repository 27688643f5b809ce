package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees the analytics and how much: the office the province, a recommender its own division, nobody else. The
 * dashboards have no workflow, so there is no phase axis; the same person sees the same scope at every moment.
 */
class AnalyticsPermissionsTest {

    final AnalyticsPermissions permissions = new AnalyticsPermissions();

    static CurrentUser user(Set<Role> roles, Long enterprise, String division) {
        return new CurrentUser(1, "u", "u", roles, enterprise, division, false);
    }

    @Test
    void theOfficeSeesTheProvince() {
        CurrentUser officer = user(Set.of(Role.OFFICER), null, null);
        assertThat(permissions.canView(officer)).isTrue();
        assertThat(permissions.seesProvince(officer)).isTrue();
        assertThat(permissions.divisionScope(officer)).isEmpty();
    }

    @Test
    void aRecommenderSeesItsOwnDivisionOnly() {
        CurrentUser yichang = user(Set.of(Role.RECOMMENDER), null, "420500");
        assertThat(permissions.canView(yichang)).isTrue();
        assertThat(permissions.seesProvince(yichang)).isFalse();
        assertThat(permissions.divisionScope(yichang)).isEqualTo(Optional.of("420500"));
        assertThat(permissions.canView(user(Set.of(Role.RECOMMENDER), null, null))).isFalse();
    }

    @Test
    void nobodyElse() {
        assertThat(permissions.canView((CurrentUser) null)).isFalse();
        assertThat(permissions.canView(user(Set.of(Role.APPLICANT), 7L, null))).isFalse();
        assertThat(permissions.canView(user(Set.of(Role.EXPERT), null, null))).isFalse();
        assertThat(permissions.canView(user(Set.of(Role.SYSTEM_ADMIN), null, null))).isFalse();
        assertThat(permissions.canView(user(Set.of(Role.OFFICER, Role.SYSTEM_ADMIN), null, null))).isFalse();
        assertThat(permissions.canView(user(Set.of(Role.AUDIT_ADMIN), null, null))).isFalse();
    }
}
