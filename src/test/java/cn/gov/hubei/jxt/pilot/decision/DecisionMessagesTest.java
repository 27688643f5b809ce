package cn.gov.hubei.jxt.pilot.decision;

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

/** The decision module's bundles: both languages have the same keys, and every key the code names exists. */
class DecisionMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(decision\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(DecisionStateDiagramTest.bundle("i18n/decision_zh_CN.properties").stringPropertyNames())
                .isEqualTo(DecisionStateDiagramTest.bundle("i18n/decision.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/decision"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        // audit actions, named in the audit bundle's way
        Set<String> audit = Set.of("decision.recorded", "decision.replaced", "decision.withdrawn",
                "decision.batch-released");
        assertThat(named).containsAll(audit);
        named.removeAll(audit);
        for (DecisionStatus status : DecisionStatus.values()) {
            named.add(status.labelKey());
        }
        for (DecisionTransition t : DecisionTransition.values()) {
            named.add(t.labelKey());
            named.add("decision." + t.code() + ".refused");
        }
        assertThat(named).contains("decision.record.batch-released", "decision.not-officer");
        Properties zh = DecisionStateDiagramTest.bundle("i18n/decision_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }

    @Test
    void theStatusesCarryTheProgrammesWords() throws IOException {
        Properties zh = DecisionStateDiagramTest.bundle("i18n/decision_zh_CN.properties");
        assertThat(Stream.of(DecisionStatus.values()).map(s -> zh.getProperty(s.labelKey())))
                .containsExactly("待发布", "已发布", "已撤回");
    }
}
