package cn.gov.hubei.jxt.pilot.reference;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2020 reference data are the seed document's own words. A copy of the seed lives in src/test/resources/seed/
 * so the check does not depend on a path outside the project.
 */
@IntegrationTest
class ReferenceDataMatchesSeedTest {

    static String seed;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCatalog catalog;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = ReferenceDataMatchesSeedTest.class.getResourceAsStream("/seed/000_e560f0feb83a9262.txt")) {
            assertThat(in).as("seed copy on the test classpath").isNotNull();
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyStoredElementConditionTextOf2020IsInTheSeedVerbatim() {
        List<String> texts = jdbc.sql("select number || '.' || text from element_condition where version = '2020'")
                .query(String.class).list();
        texts.addAll(jdbc.sql("select heading from element_condition_mode where version = '2020' "
                + "union all select closing from element_condition_mode where version = '2020'").query(String.class).list());
        texts.addAll(jdbc.sql("select title from element_condition_set where version = '2020' "
                        + "union all select introduction from element_condition_set where version = '2020' "
                        + "union all select new_technology_heading from element_condition_set where version = '2020' "
                        + "union all select new_technology_text from element_condition_set where version = '2020'")
                .query(String.class).list());

        assertThat(texts).hasSize(29 + 5 + 5 + 4).allSatisfy(text -> assertThat(seed).contains(text));
    }

    @Test
    void elementConditionsOf2020FollowTheSeedLineByLine() {
        ElementConditionSet set = catalog.elementConditions("2020").orElseThrow();
        for (ElementConditionSet.ModeConditions mode : set.modes()) {
            String conditions = mode.conditions().stream()
                    .map(c -> c.number() + "." + c.text())
                    .collect(Collectors.joining("\n"));
            // In the seed, 远程运维服务 condition 5 and the closing paragraph share one line (see V210).
            String beforeClosing = mode.mode().code().equals("REMOTE_OM") ? "" : "\n";
            assertThat(seed).as(mode.heading())
                    .contains(mode.heading() + "\n" + conditions + beforeClosing + mode.closing() + "\n");
        }
        assertThat(seed).contains("2、 " + set.newTechnology().heading() + "\n" + set.newTechnology().text() + "\n");
    }

    @Test
    void remoteOperationConditionFiveIsSplitFromTheClosingParagraph() {
        ElementConditionSet.ModeConditions remote = catalog.elementConditions("2020").orElseThrow()
                .forMode("REMOTE_OM").orElseThrow();

        assertThat(remote.conditions().get(4).text()).isEqualTo("建立信息安全管理制度，具备信息安全防护能力。");
        assertThat(remote.closing()).startsWith("通过持续改进，建立高效、安全的智能服务系统").endsWith("集成应用水平。");
    }

    @Test
    void everyStoredContentItemOf2020IsInTheSeedVerbatimAndInOrder() {
        List<String> headings = jdbc.sql("select heading from content_item_group where version = '2020' order by display_order")
                .query(String.class).list();
        List<String> items = jdbc.sql("""
                        select i.number || '.' || i.title || chr(10) || i.requirement
                        from content_item i join content_item_group g
                          on g.version = i.version and g.group_code = i.group_code
                        where i.version = '2020' order by g.display_order, i.number""")
                .query(String.class).list();

        assertThat(items).hasSize(38);
        int attachment = seed.indexOf("附件2-1\n项目内容具体要求\n");
        assertThat(attachment).isPositive();
        int from = attachment;
        for (String item : items) {
            int at = seed.indexOf(item, from);
            assertThat(at).as(item).isGreaterThan(from);
            from = at;
        }
        from = attachment;
        for (String heading : headings) {
            int at = seed.indexOf(heading + "\n", from);
            assertThat(at).as(heading).isGreaterThan(from);
            from = at;
        }
    }

    @Test
    void thereAreAsManyConditionsAndContentItemsAsTheSeedNumbers() {
        ElementConditionSet conditions = catalog.elementConditions("2020").orElseThrow();
        assertThat(conditions.modes().stream().collect(Collectors.toMap(m -> m.mode().code(), m -> m.conditions().size())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "DISCRETE", 7, "PROCESS", 7, "NETWORKED", 6, "CUSTOMIZATION", 4, "REMOTE_OM", 5));
        assertThat(conditions.modes()).extracting(m -> m.mode().code())
                .containsExactly("DISCRETE", "PROCESS", "NETWORKED", "CUSTOMIZATION", "REMOTE_OM");

        ContentItemSet items = catalog.contentItems("2020").orElseThrow();
        assertThat(items.modes()).extracting(g -> g.code() + "=" + g.items().size())
                .containsExactly("DISCRETE=7", "PROCESS=7", "NETWORKED=6", "CUSTOMIZATION=4", "REMOTE_OM=5");
        assertThat(items.newTechnologies()).extracting(g -> g.code() + "=" + g.items().size())
                .containsExactly("INDUSTRIAL_INTERNET=5", "AI=4");

        assertThat(catalog.divisions()).hasSize(17);
        assertThat(catalog.indicators()).hasSize(5);
        assertThat(catalog.provincialDivisions()).hasSize(34);
    }

    @Test
    void thresholdsOf2020AreTheThreeFiguresTheConditionsName() {
        ElementConditionSet set = catalog.elementConditions("2020").orElseThrow();

        assertThat(set.thresholds()).extracting(t -> t.metric() + " " + t.metricName() + " " + t.operator() + " "
                        + t.value().toPlainString() + t.unit() + " | " + t.description())
                .containsExactly(
                        "NC_EQUIPMENT_RATE 制造装备数控化率 GT 70% | 制造装备数控化率应超过70%",
                        "PROCESS_DATA_AUTO_ACQUISITION_RATE 生产工艺数据自动数采率 GE 90% | 生产工艺数据自动数采率应达到90%以上",
                        "PLANT_AUTO_CONTROL_RATE 工厂自控投用率 GE 90% | 工厂自控投用率应达到90%以上");
        assertThat(set.forMode("DISCRETE").orElseThrow().conditions().get(2).threshold()).isPresent();
        assertThat(set.forMode("PROCESS").orElseThrow().conditions().get(1).threshold()).isPresent();
        assertThat(set.forMode("PROCESS").orElseThrow().conditions().get(2).threshold()).isPresent();
        // Each figure is named in the text of the condition that carries it.
        set.modes().forEach(m -> m.conditions().forEach(c -> c.threshold().ifPresent(t ->
                assertThat(c.text()).contains(t.metricName()).contains(t.value().toPlainString() + t.unit()))));
    }

    @Test
    void namesOfModesTechnologiesAndIndustriesAreTheSeeds() {
        assertThat(catalog.modes()).extracting(ManufacturingMode::name).filteredOn(name -> !name.equals("其他"))
                .allSatisfy(name -> assertThat(seed).contains(name));
        assertThat(catalog.newTechnologies()).extracting(NewTechnology::name)
                .allSatisfy(name -> assertThat(seed).contains(name));
        String section3 = seed.substring(seed.indexOf("三、湖北省智能制造试点示范项目遴选范围"), seed.indexOf("四、湖北省智能制造试点示范项目推荐条件"));
        assertThat(catalog.industries()).extracting(Industry::name).filteredOn(name -> !name.equals("其他"))
                .hasSize(8)
                .allSatisfy(name -> assertThat(section3).contains(name));
    }
}
