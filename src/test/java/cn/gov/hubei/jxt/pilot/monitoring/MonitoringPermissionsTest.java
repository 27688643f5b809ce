package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix: every person × every transition × every report status × every phase of the round; a person
 * may take a transition exactly when the table names their kind as performer, they belong to the report's
 * enterprise or division, the table leaves that status by it, and the round is in the phase it needs.
 */
class MonitoringPermissionsTest {

    static final long ENTERPRISE = 7;
    static final String DIVISION = "420500";

    final MonitoringPermissions permissions = new MonitoringPermissions();

    static CurrentUser person(String name, Set<Role> roles, Long enterprise, String division) {
        return new CurrentUser(1, name, name, roles, enterprise, division, false);
    }

    static final Map<String, CurrentUser> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("officer", person("officer", Set.of(Role.OFFICER), null, null));
        PEOPLE.put("officer-admin", person("officer-admin", Set.of(Role.OFFICER, Role.SYSTEM_ADMIN), null, null));
        PEOPLE.put("unit", person("unit", Set.of(Role.APPLICANT), ENTERPRISE, null));
        PEOPLE.put("other-unit", person("other-unit", Set.of(Role.APPLICANT), 8L, null));
        PEOPLE.put("recommender", person("recommender", Set.of(Role.RECOMMENDER), null, DIVISION));
        PEOPLE.put("other-recommender", person("other-recommender", Set.of(Role.RECOMMENDER), null, "420100"));
        PEOPLE.put("expert", person("expert", Set.of(Role.EXPERT), null, null));
    }

    static ReportTransition.Performer kind(String name) {
        return switch (name) {
            case "officer" -> ReportTransition.Performer.OFFICER;
            case "unit" -> ReportTransition.Performer.ENTERPRISE;
            case "recommender" -> ReportTransition.Performer.RECOMMENDER;
            default -> null;
        };
    }

    @Test
    void everyPersonTransitionStatusAndPhase() {
        int allowed = 0;
        for (Map.Entry<String, CurrentUser> p : PEOPLE.entrySet()) {
            for (ReportTransition t : ReportTransition.values()) {
                for (ReportStatus status : ReportStatus.values()) {
                    for (RoundPhase phase : RoundPhase.values()) {
                        boolean expected = kind(p.getKey()) == t.performer() && t.from() == status
                                && (t.phase() == null || t.phase() == phase);
                        boolean actual = permissions.may(p.getValue(), t, ENTERPRISE, DIVISION, status, phase);
                        assertThat(actual).as(p.getKey() + " " + t + " " + status + " " + phase).isEqualTo(expected);
                        allowed += actual ? 1 : 0;
                    }
                }
            }
        }
        // SUBMIT and REMOVE_UNREPORTED in one phase each, the nine others in all three
        assertThat(allowed).isEqualTo(2 + 9 * 3);
    }

    @Test
    void theDraftIsTheUnitsWhileTheRoundIsOpenOrWhenReturned() {
        CurrentUser unit = PEOPLE.get("unit");
        assertThat(permissions.canEdit(unit, ENTERPRISE, ReportStatus.DRAFT, RoundPhase.OPEN)).isTrue();
        assertThat(permissions.canEdit(unit, ENTERPRISE, ReportStatus.DRAFT, RoundPhase.CLOSED)).isFalse();
        assertThat(permissions.canEdit(unit, ENTERPRISE, ReportStatus.DRAFT, RoundPhase.NOT_OPEN)).isFalse();
        assertThat(permissions.canEdit(unit, ENTERPRISE, ReportStatus.RETURNED, RoundPhase.CLOSED)).isTrue();
        assertThat(permissions.canEdit(unit, ENTERPRISE, ReportStatus.SUBMITTED, RoundPhase.OPEN)).isFalse();
        assertThat(permissions.canEdit(PEOPLE.get("other-unit"), ENTERPRISE, ReportStatus.DRAFT, RoundPhase.OPEN))
                .isFalse();
        assertThat(permissions.canEdit(PEOPLE.get("officer"), ENTERPRISE, ReportStatus.DRAFT, RoundPhase.OPEN))
                .isFalse();
    }

    @Test
    void seeingAndManaging() {
        assertThat(PEOPLE.entrySet()).allSatisfy(e -> {
            String n = e.getKey();
            CurrentUser u = e.getValue();
            assertThat(permissions.manages(u)).as(n).isEqualTo(n.equals("officer"));
            assertThat(permissions.canOpenRound(u)).as(n).isEqualTo(n.equals("officer"));
            assertThat(permissions.canCheck(u)).as(n).isEqualTo(n.equals("officer"));
            assertThat(permissions.seesReports(u)).as(n)
                    .isEqualTo(!n.equals("officer-admin") && !n.equals("expert"));
            assertThat(permissions.canSee(u, ENTERPRISE, DIVISION)).as(n)
                    .isEqualTo(n.equals("officer") || n.equals("unit") || n.equals("recommender"));
        });
        assertThat(permissions.manages((CurrentUser) null)).isFalse();
    }

    @Test
    void aChecksFollowUpIsTheOfficesAfterARectificationOrderOnceWhileTheDesignationStands() {
        int allowed = 0;
        for (Map.Entry<String, CurrentUser> p : PEOPLE.entrySet()) {
            for (SpotCheck.Conclusion conclusion : SpotCheck.Conclusion.values()) {
                for (boolean followedUp : new boolean[] {false, true}) {
                    for (boolean revoked : new boolean[] {false, true}) {
                        boolean expected = p.getKey().equals("officer")
                                && conclusion == SpotCheck.Conclusion.RECTIFYING && !followedUp && !revoked;
                        boolean actual = permissions.canFollowUp(p.getValue(), conclusion, followedUp, revoked);
                        assertThat(actual).as(p.getKey() + " " + conclusion + " " + followedUp + " " + revoked)
                                .isEqualTo(expected);
                        allowed += actual ? 1 : 0;
                    }
                }
            }
        }
        assertThat(allowed).isEqualTo(1);
    }
}
