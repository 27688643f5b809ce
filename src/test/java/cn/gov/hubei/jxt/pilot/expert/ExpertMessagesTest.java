package cn.gov.hubei.jxt.pilot.expert;

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

/** The expert module's bundles: both languages have the same keys, and every key the code names exists. */
class ExpertMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(expert\\.[a-z0-9.-]*[a-zA-Z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(ExpertStateDiagramTest.bundle("i18n/expert_zh_CN.properties").stringPropertyNames())
                .isEqualTo(ExpertStateDiagramTest.bundle("i18n/expert.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/expert"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        Set<String> audit = Set.of("expert.registered", "expert.updated", "expert.account-linked",
                "expert.group-created", "expert.group-member-added", "expert.group-member-removed",
                "expert.conflict-declared", "expert.conflict-withdrawn", "expert.imported", "expert.import-refused",
                "expert.exported", "expert.contact-data-sealed");
        assertThat(named).containsAll(audit);
        named.removeAll(audit);
        named.removeIf(k -> k.endsWith("."));
        Properties zh = ExpertStateDiagramTest.bundle("i18n/expert_zh_CN.properties");
        for (ExpertStatus status : ExpertStatus.values()) {
            named.add(status.labelKey());
        }
        for (ExpertTransition t : ExpertTransition.values()) {
            named.add(t.labelKey());
            named.add("expert." + t.code() + ".refused");
            named.add("expert.transition." + t.code() + ".done");
            assertThat(zh).containsKey("audit.action.expert." + t.code() + "d");
        }
        for (ConflictKind kind : ConflictKind.values()) {
            named.add("expert.conflict.kind." + kind.name());
        }
        for (ExpertChange.Kind kind : ExpertChange.Kind.values()) {
            named.add(kind.labelKey());
        }
        assertThat(zh.stringPropertyNames()).containsAll(named);
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }
}
