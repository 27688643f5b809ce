package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.People;
import cn.gov.hubei.jxt.pilot.designation.internal.PlaqueRecipientSealing;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import cn.gov.hubei.jxt.pilot.platform.RotatedKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plaque's recipient sealed at rest with SM4 (docs/security.md §14), on the 2025 demo publication whose first
 * plaque 王立新 received: no plain text in the column, masked in the publication's list, whole on the plaque's page,
 * sealed by the start-up step once and again on rotation.
 */
@IntegrationTest
class SealedPlaqueRecipientTest {

    final CurrentUser officer = DesignationWorld.officer();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Plaques plaques;
    @Autowired PersonalDataCipher cipher;
    @Autowired PlaqueRecipientSealing sealing;
    @Value("${app.crypto.keys}") String testKeys;

    Map<String, Object> demoPlaque() {
        return jdbc.sql("""
                        select d.id, d.publication_id, p.received_by_name from designated_project d
                        join designation_plaque p on p.designation_id = d.id
                        where p.received_on is not null order by d.id limit 1""").query().singleRow();
    }

    @Test
    void theRecipientIsSealedMaskedInThePublicationsListAndWholeOnThePlaquesPage() throws Exception {
        Map<String, Object> row = demoPlaque();
        assertThat((String) row.get("received_by_name")).startsWith("sm4gcm:test1:").doesNotContain("王");
        Plaque plaque = plaques.ofPublication((Long) row.get("publication_id"), officer).get((Long) row.get("id"));
        assertThat(plaque.receivedByName()).isEqualTo("王立新");
        assertThat(plaque.maskedReceivedByName()).isEqualTo("王**");
        mvc.perform(get("/designations/" + row.get("publication_id")).with(People.as("officer", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王**")))
                .andExpect(content().string(not(containsString("王立新"))));
        mvc.perform(get("/designations/projects/" + row.get("id") + "/plaque").with(People.as("officer", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王立新")));
    }

    @Test
    void aPlainTextRowIsSealedAtStartOnceAndARotationReSealsIt() {
        long id = (Long) demoPlaque().get("id");
        // the row as the previous release wrote it
        jdbc.sql("update designation_plaque set received_by_name = '王立新' where designation_id = :id")
                .param("id", id).update();
        assertThat(sealing.reseal(cipher)).isGreaterThanOrEqualTo(1);
        assertThat((String) demoPlaque().get("received_by_name")).startsWith("sm4gcm:test1:");
        assertThat(sealing.reseal(cipher)).as("idempotent").isZero();
        RotatedKeys keys = RotatedKeys.of(testKeys);
        try {
            assertThat(sealing.reseal(keys.rotated())).isGreaterThanOrEqualTo(1);
            String sealed = (String) demoPlaque().get("received_by_name");
            assertThat(sealed).startsWith("sm4gcm:test2:");
            assertThat(keys.rotated().decrypt(sealed)).isEqualTo("王立新");
        } finally {
            sealing.reseal(keys.back());
        }
        assertThat(cipher.decrypt((String) demoPlaque().get("received_by_name"))).isEqualTo("王立新");
    }
}
