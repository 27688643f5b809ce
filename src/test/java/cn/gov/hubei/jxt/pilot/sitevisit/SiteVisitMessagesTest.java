package cn.gov.hubei.jxt.pilot.sitevisit;

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

/** The site-visit bundles: both languages have the same keys, and every key the code names exists. */
class SiteVisitMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(sitevisit\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(SiteVisitStateDiagramTest.bundle("i18n/sitevisit_zh_CN.properties").stringPropertyNames())
                .isEqualTo(SiteVisitStateDiagramTest.bundle("i18n/sitevisit.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> audit = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/sitevisit"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = JAVA_KEY.matcher(source);
                while (m.find()) {
                    named.add(m.group(1));
                }
                Matcher a = Pattern.compile("AuditRecord\\.of\\(\"(sitevisit\\.[a-z-]+)\"\\)").matcher(source);
                while (a.find()) {
                    audit.add(a.group(1));
                }
            }
        }
        named.removeAll(audit);
        // prefixes completed in code, and the notice's kind
        named.removeAll(Set.of("sitevisit.signed-off", "sitevisit.checklist.condition", "sitevisit.conclusion"));
        for (SiteVisitStatus status : SiteVisitStatus.values()) {
            named.add(status.labelKey());
        }
        for (SiteVisitTransition t : SiteVisitTransition.values()) {
            named.add(t.labelKey());
        }
        for (Finding f : Finding.values()) {
            named.add(f.labelKey());
        }
        for (MemberKind k : MemberKind.values()) {
            named.add(k.labelKey());
        }
        for (SiteVisitConclusion c : SiteVisitConclusion.values()) {
            named.add("sitevisit.conclusion." + c.name());
        }
        for (int n = 1; n <= 8; n++) {
            named.add("sitevisit.checklist.condition." + n);
        }
        assertThat(audit).contains("sitevisit.team-created", "sitevisit.planned", "sitevisit.signed-off");
        Properties zh = SiteVisitStateDiagramTest.bundle("i18n/sitevisit_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }

    @Test
    void theProgrammesWords() throws IOException {
        Properties zh = SiteVisitStateDiagramTest.bundle("i18n/sitevisit_zh_CN.properties");
        assertThat(Stream.of(Finding.values()).map(f -> zh.getProperty(f.labelKey())))
                .containsExactly("属实", "基本属实", "不属实");
        assertThat(zh.getProperty("sitevisit.sheet.title")).isEqualTo("智能制造试点示范项目现场核查表");
    }
}
