package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.RotatedKeys;
import cn.gov.hubei.jxt.pilot.sitevisit.internal.AttendeeSealing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names of the people met on site sealed at rest with SM4 (docs/security.md §14), on the demo's signed-off visit:
 * what the team recorded holds no plain text and reads whole; a plain-text row is sealed by the start-up step once
 * and again on rotation.
 */
@IntegrationTest
class SealedAttendeeTest {

    final CurrentUser officer = SiteVisitFixtures.officerUser("officer");

    @Autowired SiteVisitRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired AttendeeSealing sealing;
    @Value("${app.crypto.keys}") String testKeys;

    Long added;

    long demoVisit() {
        return jdbc.sql("select visit_id from site_visit_attendee order by id limit 1").query(Long.class).single();
    }

    String stored(long id) {
        return jdbc.sql("select name from site_visit_attendee where id = :id").param("id", id).query(String.class)
                .single();
    }

    @AfterEach
    void removeTheAddedRow() {
        if (added != null) {
            jdbc.sql("delete from site_visit_attendee where id = :id").param("id", added).update();
        }
    }

    @Test
    void theTeamsAttendeesHoldNoPlainTextAndReadWhole() {
        long visit = demoVisit();
        List<String> names = jdbc.sql("select name from site_visit_attendee where visit_id = :v").param("v", visit)
                .query(String.class).list();
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith("sm4gcm:test1:"));
        assertThat(records.read(visit, officer).orElseThrow().attendees()).extracting(Attendee::name)
                .containsExactlyElementsOf(names.stream().map(cipher::decrypt).toList())
                .noneMatch(n -> n.startsWith("sm4gcm"));
    }

    @Test
    void aPlainTextRowIsSealedAtStartOnceAndARotationReSealsIt() {
        long visit = demoVisit();
        added = jdbc.sql("""
                        insert into site_visit_attendee (visit_id, name, unit, position, added_by, added_at)
                        values (:v, '赵六', '宜昌测试有限公司', '车间主任', 'test', now()) returning id""")
                .param("v", visit).query(Long.class).single();
        assertThat(records.read(visit, officer).orElseThrow().attendees()).extracting(Attendee::name)
                .as("read before sealing").contains("赵六");
        assertThat(sealing.reseal(cipher)).isGreaterThanOrEqualTo(1);
        assertThat(stored(added)).startsWith("sm4gcm:test1:").doesNotContain("赵");
        assertThat(sealing.reseal(cipher)).as("idempotent").isZero();
        RotatedKeys keys = RotatedKeys.of(testKeys);
        try {
            assertThat(sealing.reseal(keys.rotated())).isGreaterThanOrEqualTo(1);
            assertThat(stored(added)).startsWith("sm4gcm:test2:");
            assertThat(keys.rotated().decrypt(stored(added))).isEqualTo("赵六");
        } finally {
            sealing.reseal(keys.back());
        }
        assertThat(records.read(visit, officer).orElseThrow().attendees()).extracting(Attendee::name).contains("赵六");
    }
}
