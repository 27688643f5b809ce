package cn.gov.hubei.jxt.pilot.publicity;

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

/** The publicity module's bundles: both languages have the same keys, and every key the code names exists. */
class PublicityMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(publicity\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(NoticeStateDiagramTest.bundle("i18n/publicity_zh_CN.properties").stringPropertyNames())
                .isEqualTo(NoticeStateDiagramTest.bundle("i18n/publicity.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/publicity"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        // audit actions (named in the audit bundle's way) and notice kinds are codes, not keys
        Set<String> audit = Set.of("publicity.create", "publicity.update", "publicity.discard", "publicity.release",
                "publicity.remove-entry", "publicity.contact");
        Set<String> kinds = Set.of("publicity.listed", "publicity.not-listed", "publicity.division");
        assertThat(named).containsAll(audit).containsAll(kinds);
        named.removeAll(audit);
        named.removeAll(kinds);
        for (NoticeStatus status : NoticeStatus.values()) {
            named.add(status.labelKey());
        }
        for (NoticeTransition t : NoticeTransition.values()) {
            named.add(t.labelKey());
            named.add("publicity." + t.code() + ".refused");
            named.add("audit.action.publicity." + t.code());
        }
        named.add("audit.action.publicity.create");
        named.add("audit.action.publicity.update");
        named.add("audit.action.publicity.remove-entry");
        named.add("audit.action.publicity.contact");
        Properties zh = NoticeStateDiagramTest.bundle("i18n/publicity_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
    }

    @Test
    void theStatusesCarryTheProgrammesWords() throws IOException {
        Properties zh = NoticeStateDiagramTest.bundle("i18n/publicity_zh_CN.properties");
        assertThat(Stream.of(NoticeStatus.values()).map(s -> zh.getProperty(s.labelKey())))
                .containsExactly("草稿", "已发布（待公示）", "公示中", "公示结束");
    }
}
