package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with a notice, by person × the notice's phase (status, start day before / on / after today, proposal
 * or none): the whole matrix, written out.
 */
class PublicityPermissionMatrixTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 29);
    final PublicityPermissions permissions = new PublicityPermissions();

    static CurrentUser person(Role... roles) {
        return new CurrentUser(1, "p", "p", Set.of(roles), roles[0] == Role.APPLICANT ? 7L : null,
                roles[0] == Role.RECOMMENDER ? "420500" : null, false);
    }

    static final CurrentUser OFFICER = person(Role.OFFICER);
    static final CurrentUser OFFICER_AND_ADMIN = person(Role.OFFICER, Role.SYSTEM_ADMIN);
    static final CurrentUser APPLICANT = person(Role.APPLICANT);
    static final CurrentUser RECOMMENDER = person(Role.RECOMMENDER);
    static final CurrentUser EXPERT = person(Role.EXPERT);

    static PublicNotice notice(NoticeStatus status, LocalDate start) {
        return new PublicNotice(1, 1, 2026, "t", "b", "p", "tel", "addr", start, start.plusDays(6),
                Instant.EPOCH, Instant.EPOCH, status, status == NoticeStatus.DRAFT ? null : Instant.EPOCH, null);
    }

    @Test
    void onlyTheOfficeManagesAndAnAdministratorDoesNotEvenWithTheOfficerRole() {
        assertThat(permissions.canManage(OFFICER)).isTrue();
        for (CurrentUser other : List.of(OFFICER_AND_ADMIN, APPLICANT, RECOMMENDER, EXPERT)) {
            assertThat(permissions.canManage(other)).isFalse();
        }
        assertThat(permissions.canManage((CurrentUser) null)).isFalse();
    }

    @Test
    void onlyTheOfficeSetsTheContactOnNoticesWhateverTheNoticesPhase() {
        assertThat(permissions.canSetContact(OFFICER)).isTrue();
        for (CurrentUser other : List.of(OFFICER_AND_ADMIN, APPLICANT, RECOMMENDER, EXPERT)) {
            assertThat(permissions.canSetContact(other)).isFalse();
        }
        assertThat(permissions.canSetContact((CurrentUser) null)).isFalse();
    }

    @Test
    void createNeedsAProposalAndNoNoticeYet() {
        assertThat(permissions.canCreate(OFFICER, true, false)).isTrue();
        assertThat(permissions.canCreate(OFFICER, false, false)).isFalse();
        assertThat(permissions.canCreate(OFFICER, true, true)).isFalse();
        assertThat(permissions.canCreate(APPLICANT, true, false)).isFalse();
    }

    @Test
    void theMatrixOfPersonStatusAndStartDay() {
        List<String> rows = new ArrayList<>();
        for (CurrentUser user : List.of(OFFICER, OFFICER_AND_ADMIN, APPLICANT, RECOMMENDER, EXPERT)) {
            for (NoticeStatus status : NoticeStatus.values()) {
                for (LocalDate start : List.of(TODAY.minusDays(1), TODAY, TODAY.plusDays(1))) {
                    PublicNotice n = notice(status, start);
                    String who = user == OFFICER ? "officer" : user == OFFICER_AND_ADMIN ? "officer+admin"
                            : user.primaryRole().name().toLowerCase();
                    rows.add(who + " " + status + " " + start.compareTo(TODAY) + ": "
                            + flag(permissions.canEdit(user, n)) + flag(permissions.canDiscard(user, n))
                            + flag(permissions.canRelease(user, n, TODAY, true))
                            + flag(permissions.canRelease(user, n, TODAY, false))
                            + flag(permissions.canRemoveEntry(user, n)) + flag(permissions.canRead(user, n))
                            + flag(permissions.canRead(null, n)));
                }
            }
        }
        // edit, discard, release (with a proposal), release (without), remove an entry, read, read anonymously
        List<String> expected = new ArrayList<>();
        for (String who : List.of("officer", "officer+admin", "applicant", "recommender", "expert")) {
            boolean office = who.equals("officer");
            for (NoticeStatus status : NoticeStatus.values()) {
                for (int day : new int[]{-1, 0, 1}) {
                    boolean draft = status == NoticeStatus.DRAFT;
                    expected.add(who + " " + status + " " + day + ": "
                            + flag(office && draft) + flag(office && draft) + flag(office && draft && day >= 0)
                            + "-" + flag(office && !draft) + flag(office || !draft) + flag(!draft));
                }
            }
        }
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    private static String flag(boolean b) {
        return b ? "Y" : "-";
    }
}
