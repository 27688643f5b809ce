package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission predicates as a matrix: every person × every phase (notice open, closed with a case open, closed with
 * every case concluded, published, certified) × every action, against the expected table. The API's answers for the
 * same matrix are checked by {@code DesignationApiTest}.
 */
class DesignationPermissionsTest {

    enum Person { OFFICER, OFFICER_ADMIN, APPLICANT_OWN, APPLICANT_OTHER, RECOMMENDER_OWN, RECOMMENDER_OTHER, EXPERT }

    enum Phase {
        NOTICE_OPEN(new PublicationPhase(false, 0, null)),
        CASE_OPEN(new PublicationPhase(true, 1, null)),
        CONCLUDED(new PublicationPhase(true, 0, null)),
        PUBLISHED(new PublicationPhase(true, 0, PublicationStatus.PUBLISHED)),
        CERTIFIED(new PublicationPhase(true, 0, PublicationStatus.CERTIFIED));

        final PublicationPhase phase;

        Phase(PublicationPhase phase) {
            this.phase = phase;
        }
    }

    enum Action { PUBLISH, CORRECT, ISSUE, REISSUE, PLAQUE, EXPORT, DOWNLOAD }

    static final long ENTERPRISE = 7;
    static final String DIVISION = "420500";

    static final Map<Person, CurrentUser> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put(Person.OFFICER, user(1, Set.of(Role.OFFICER), null, null));
        PEOPLE.put(Person.OFFICER_ADMIN, user(2, Set.of(Role.OFFICER, Role.SYSTEM_ADMIN), null, null));
        PEOPLE.put(Person.APPLICANT_OWN, user(3, Set.of(Role.APPLICANT), ENTERPRISE, null));
        PEOPLE.put(Person.APPLICANT_OTHER, user(4, Set.of(Role.APPLICANT), 8L, null));
        PEOPLE.put(Person.RECOMMENDER_OWN, user(5, Set.of(Role.RECOMMENDER), null, DIVISION));
        PEOPLE.put(Person.RECOMMENDER_OTHER, user(6, Set.of(Role.RECOMMENDER), null, "420100"));
        PEOPLE.put(Person.EXPERT, user(7, Set.of(Role.EXPERT), null, null));
    }

    final DesignationPermissions permissions = new DesignationPermissions();

    @Test
    void everyPersonInEveryPhase() {
        List<String> wrong = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (Person person : Person.values()) {
                for (Action action : Action.values()) {
                    boolean actual = allowed(PEOPLE.get(person), phase.phase, action);
                    boolean expected = expected(person, phase, action);
                    if (actual != expected) {
                        wrong.add(phase + " " + person + " " + action + ": " + actual);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The table: the office does everything its phase allows; the certificate is also its owners' to read. */
    static boolean expected(Person person, Phase phase, Action action) {
        boolean officer = person == Person.OFFICER;
        return switch (action) {
            case PUBLISH -> officer && phase == Phase.CONCLUDED;
            case CORRECT, ISSUE -> officer && phase == Phase.PUBLISHED;
            case REISSUE -> officer && phase == Phase.CERTIFIED;
            case PLAQUE -> officer && (phase == Phase.PUBLISHED || phase == Phase.CERTIFIED);
            case EXPORT -> officer;
            case DOWNLOAD -> officer || person == Person.APPLICANT_OWN || person == Person.RECOMMENDER_OWN;
        };
    }

    boolean allowed(CurrentUser user, PublicationPhase phase, Action action) {
        return switch (action) {
            case PUBLISH -> permissions.canPublish(user, phase);
            case CORRECT -> permissions.canCorrectNumber(user, phase.status());
            case ISSUE -> permissions.canIssueCertificates(user, phase.status());
            case REISSUE -> permissions.canReissue(user, phase.status());
            case PLAQUE -> permissions.canRecordPlaque(user, phase.status());
            case EXPORT -> permissions.canExport(user);
            case DOWNLOAD -> permissions.canDownloadCertificate(user, ENTERPRISE, DIVISION);
        };
    }

    @Test
    void revocationIsTheOfficesOnceAndOwnListsAreTheEnterprisesAndTheDivisions() {
        CurrentUser officer = PEOPLE.get(Person.OFFICER);
        assertThat(permissions.canRevoke(officer, DesignationStatus.VALID)).isTrue();
        assertThat(permissions.canRevoke(officer, DesignationStatus.EXPIRED)).isTrue();
        assertThat(permissions.canRevoke(officer, DesignationStatus.REVOKED)).isFalse();
        assertThat(permissions.canRevoke(PEOPLE.get(Person.OFFICER_ADMIN), DesignationStatus.VALID)).isFalse();
        assertThat(permissions.seesOwn(PEOPLE.get(Person.APPLICANT_OWN))).isTrue();
        assertThat(permissions.seesOwn(PEOPLE.get(Person.RECOMMENDER_OTHER))).isTrue();
        assertThat(permissions.seesOwn(officer)).isFalse();
        assertThat(permissions.seesOwn(PEOPLE.get(Person.EXPERT))).isFalse();
        assertThat(permissions.manages((CurrentUser) null)).isFalse();
    }

    static CurrentUser user(long id, Set<Role> roles, Long enterprise, String division) {
        return new CurrentUser(id, "u" + id, "u" + id, roles, enterprise, division, false);
    }
}
