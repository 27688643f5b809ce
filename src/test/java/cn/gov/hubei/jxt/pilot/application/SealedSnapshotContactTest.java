package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.application.internal.SectionJson;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submitted version freezes the enterprise's contact person sealed with SM4 (docs/security.md §14): the stored
 * JSON holds no plain text of it, every reader of the version gets it whole (the printed 申报书 included:
 * {@code ApplicationDocumentDownloadTest}), and a version frozen before the sealing reads as it was stored.
 */
@IntegrationTest
class SealedSnapshotContactTest {

    @Autowired ProjectApplications applications;
    @Autowired SectionJson json;
    @Autowired JdbcClient jdbc;

    long demoApplication() {
        return jdbc.sql("select application_id from application_version order by application_id, number limit 1")
                .query(Long.class).single();
    }

    @Test
    void theFrozenContactIsSealedInTheStoredJsonAndReadsWhole() {
        long id = demoApplication();
        Map<String, Object> stored = jdbc.sql("""
                        select snapshot, cast(snapshot as jsonb) -> 'profile' ->> 'contactMobile' as mobile,
                               cast(snapshot as jsonb) -> 'profile' ->> 'contactName' as name
                        from application_version where application_id = :id and number = 1""")
                .param("id", id).query().singleRow();
        assertThat((String) stored.get("mobile")).startsWith("sm4gcm:test1:");
        assertThat((String) stored.get("name")).startsWith("sm4gcm:test1:");
        assertThat((String) stored.get("snapshot")).doesNotContain("13871234567").doesNotContain("张明")
                .doesNotContain("applicant@demo.example").contains("基于工业互联网的新能源汽车零部件智能工厂");

        EnterpriseProfile frozen = applications.version(id, 1, ApplicationScope.PROVINCE).orElseThrow()
                .snapshot().profile();
        assertThat(frozen.contactName()).isEqualTo("张明");
        assertThat(frozen.contactPhone()).isEqualTo("027-87651234");
        assertThat(frozen.contactMobile()).isEqualTo("13871234567");
        assertThat(frozen.contactFax()).isEqualTo("027-87651235");
        assertThat(frozen.contactEmail()).isEqualTo("applicant@demo.example");
        assertThat(frozen.contactTitle()).as("not personal data: kept as it is").isEqualTo("智能制造部部长");
    }

    @Test
    void aVersionFrozenBeforeTheSealingReadsAsItWasStored() {
        ApplicationSnapshot sealed = applications.version(demoApplication(), 1, ApplicationScope.PROVINCE)
                .orElseThrow().snapshot();
        String plain = json.write(sealed);
        assertThat(plain).as("an earlier release wrote the snapshot as it is").contains("13871234567");
        assertThat(json.readSnapshot(plain)).isEqualTo(sealed);
        String written = json.writeSnapshot(sealed);
        assertThat(written).doesNotContain("13871234567");
        assertThat(json.readSnapshot(written)).isEqualTo(sealed);
    }
}
