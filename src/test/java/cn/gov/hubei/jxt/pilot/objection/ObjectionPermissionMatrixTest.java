package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with objections, on both phase axes: the notice's status and period (objecting) and the case's
 * status (handling). Only an officer acting for the office, never an administrator, applicant or recommender, handles.
 */
class ObjectionPermissionMatrixTest {

    final ObjectionPermissions permissions = new ObjectionPermissions();
    static final Instant OPENS = Instant.parse("2026-12-06T16:00:00Z");
    static final Instant CLOSES = Instant.parse("2026-12-13T16:00:00Z");

    @Test
    void objectingIsAnyonesInsideThePeriodOfAReleasedNotice() {
        for (NoticeStatus status : NoticeStatus.values()) {
            PublicNotice notice = notice(status);
            assertThat(permissions.acceptsObjections(notice, OPENS.minusSeconds(1))).as(status + " before").isFalse();
            assertThat(permissions.acceptsObjections(notice, OPENS)).as(status + " first instant")
                    .isEqualTo(status != NoticeStatus.DRAFT);
            assertThat(permissions.acceptsObjections(notice, CLOSES.minusSeconds(1))).as(status + " last instant")
                    .isEqualTo(status != NoticeStatus.DRAFT);
            assertThat(permissions.acceptsObjections(notice, CLOSES)).as(status + " after").isFalse();
        }
        assertThat(permissions.acceptsObjections(null, OPENS)).isFalse();
    }

    @Test
    void onlyAnOfficerWhoIsNoAdministratorHandlesAndOnlyWhatTheCaseStatusAllows() {
        for (Role role : Role.values()) {
            CurrentUser user = user(Set.of(role));
            boolean office = role == Role.OFFICER;
            assertThat(permissions.canHandle(user)).as(role.name()).isEqualTo(office);
            assertThat(permissions.canHandle(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.authorities()))).as(role.name()).isEqualTo(office);
            for (ObjectionStatus status : ObjectionStatus.values()) {
                for (ObjectionTransition t : ObjectionTransition.values()) {
                    assertThat(permissions.canTake(user, t, status)).as(role + " " + t + " from " + status)
                            .isEqualTo(office && t.from() == status);
                }
                assertThat(permissions.canInvestigate(user, status)).as(role + " note on " + status)
                        .isEqualTo(office && status == ObjectionStatus.ACCEPTED);
                for (NoticeStatus notice : NoticeStatus.values()) {
                    for (boolean removed : new boolean[]{false, true}) {
                        assertThat(permissions.canRemoveFromList(user, status, removed, notice))
                                .as(role + " remove " + status + " " + notice + " removed=" + removed)
                                .isEqualTo(office && status == ObjectionStatus.UPHELD && !removed
                                        && notice != NoticeStatus.DRAFT);
                    }
                }
            }
        }
        for (Role administrator : Role.administrators()) {
            CurrentUser both = user(Set.of(Role.OFFICER, administrator));
            assertThat(permissions.canHandle(both)).as(administrator.name()).isFalse();
            assertThat(permissions.canTake(both, ObjectionTransition.ACCEPT, ObjectionStatus.RECEIVED)).isFalse();
        }
        assertThat(permissions.canHandle((CurrentUser) null)).isFalse();
        assertThat(permissions.canHandle((org.springframework.security.core.Authentication) null)).isFalse();
    }

    static PublicNotice notice(NoticeStatus status) {
        return new PublicNotice(1, 1, 2026, "公示", "", "省经信厅", "027-1", "武汉", LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 13), OPENS, CLOSES, status, status == NoticeStatus.DRAFT ? null : OPENS, null);
    }

    private static CurrentUser user(Set<Role> roles) {
        return new CurrentUser(1, "someone", "someone", roles, roles.contains(Role.APPLICANT) ? 7L : null,
                roles.contains(Role.RECOMMENDER) ? "420100" : null, false);
    }
}
