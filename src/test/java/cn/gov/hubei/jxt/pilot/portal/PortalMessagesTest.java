package cn.gov.hubei.jxt.pilot.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal module's bundles: both languages have the same keys, and every key the code and templates name exists. */
class PortalMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(portal\\.[a-z0-9.-]*[a-z0-9])\"");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(portal\\.[a-z0-9.-]*[a-z0-9])[}(]");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(PortalStateDiagramTest.bundle("i18n/portal_zh_CN.properties").stringPropertyNames())
                .isEqualTo(PortalStateDiagramTest.bundle("i18n/portal.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeAndTheTemplatesNameExists() throws IOException {
        Set<String> named = new TreeSet<>();
        collect(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/portal"), ".java", JAVA_KEY, named);
        collect(Path.of("src/main/resources/templates/portal"), ".html", TEMPLATE_KEY, named);
        Set<String> audit = Set.of("portal.scenario-consented", "portal.scenario-consent-withdrawn",
                "portal.scenario-approved", "portal.scenario-rejected", "portal.scenario-reopened",
                "portal.scenario-text-edited", "portal.project-industry-set");
        assertThat(named).containsAll(audit);
        named.removeAll(audit);
        for (ScenarioStatus s : ScenarioStatus.values()) {
            named.add(s.labelKey());
        }
        for (ScenarioTransition t : ScenarioTransition.values()) {
            named.add(t.labelKey());
            named.add("portal.scenario." + t.code() + ".refused");
            named.add("portal.scenario." + t.code() + ".not-performer");
        }
        for (ScenarioPhase p : ScenarioPhase.values()) {
            named.add(p.labelKey());
        }
        for (cn.gov.hubei.jxt.pilot.designation.DesignationStatus s : cn.gov.hubei.jxt.pilot.designation.DesignationStatus.values()) {
            named.add("portal.designation.status." + s.name());
        }
        Properties zh = PortalStateDiagramTest.bundle("i18n/portal_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }

    @Test
    void theStagesCarryTheProgrammesWords() throws IOException {
        Properties zh = PortalStateDiagramTest.bundle("i18n/portal_zh_CN.properties");
        assertThat(zh.getProperty("portal.stage.DESIGN")).isEqualTo("设计");
        assertThat(zh.getProperty("portal.stage.MANUFACTURING")).isEqualTo("制造");
        assertThat(zh.getProperty("portal.stage.LOGISTICS")).isEqualTo("物流");
        assertThat(zh.getProperty("portal.stage.SALES")).isEqualTo("销售");
        assertThat(zh.getProperty("portal.stage.SERVICE")).isEqualTo("服务");
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
