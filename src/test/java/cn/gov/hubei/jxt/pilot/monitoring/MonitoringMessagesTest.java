package cn.gov.hubei.jxt.pilot.monitoring;

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

/** The monitoring bundles: both languages have the same keys, and every key the code names exists. */
class MonitoringMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(monitoring\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(MonitoringStateDiagramTest.bundle("i18n/monitoring_zh_CN.properties").stringPropertyNames())
                .isEqualTo(MonitoringStateDiagramTest.bundle("i18n/monitoring.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> audit = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/monitoring"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = JAVA_KEY.matcher(source);
                while (m.find()) {
                    named.add(m.group(1));
                }
                Matcher a = Pattern.compile("AuditRecord\\.of\\(\"(monitoring\\.[a-z-]+)\"\\)").matcher(source);
                while (a.find()) {
                    audit.add(a.group(1));
                }
            }
        }
        named.removeAll(audit);
        // notice kinds, and prefixes completed in code
        named.removeAll(Set.of("monitoring.check", "monitoring.expired", "monitoring.expiring", "monitoring.reminder",
                "monitoring.round-opened", "monitoring.notice.opened", "monitoring.notice.reminder",
                "monitoring.notice.expired", "monitoring.notice.expiring"));
        Properties zh = MonitoringStateDiagramTest.bundle("i18n/monitoring_zh_CN.properties");
        for (String notice : Set.of("opened", "reminder", "expired", "expiring")) {
            named.add("monitoring.notice." + notice + ".subject");
            named.add("monitoring.notice." + notice + ".body");
        }
        for (ReportStatus status : ReportStatus.values()) {
            named.add(status.labelKey());
        }
        for (RoundPhase phase : RoundPhase.values()) {
            named.add(phase.labelKey());
        }
        for (ReportTransition t : ReportTransition.values()) {
            named.add(t.labelKey());
            named.add("monitoring." + t.code() + ".refused");
            named.add("monitoring.notice." + t.code() + ".subject");
            named.add("monitoring.notice." + t.code() + ".body");
            assertThat(zh).containsKey("audit.action.monitoring.report." + t.code());
        }
        for (SpotCheck.Conclusion c : SpotCheck.Conclusion.values()) {
            named.add(c.labelKey());
            named.add("monitoring.notice.check." + c.name() + ".subject");
            named.add("monitoring.notice.check." + c.name() + ".body");
        }
        for (SpotCheck.FollowUp f : SpotCheck.FollowUp.values()) {
            named.add(f.labelKey());
            named.add("monitoring.notice.follow-up." + f.name() + ".subject");
            named.add("monitoring.notice.follow-up." + f.name() + ".body");
        }
        for (String reason : Set.of("empty", "too-large", "kind-not-allowed")) {
            named.add("monitoring.field.file." + reason);
        }
        named.removeIf(k -> k.endsWith("."));
        assertThat(audit).containsExactlyInAnyOrder("monitoring.round-opened", "monitoring.round-started",
                "monitoring.report-overdue", "monitoring.designation-expired", "monitoring.check-recorded",
                "monitoring.check-followed-up");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }

    @Test
    void theProgrammesWords() throws IOException {
        Properties zh = MonitoringStateDiagramTest.bundle("i18n/monitoring_zh_CN.properties");
        assertThat(Stream.of(SpotCheck.Conclusion.values()).map(c -> zh.getProperty(c.labelKey())))
                .containsExactly("合格", "限期整改", "剔除");
        assertThat(zh.getProperty(ReportStatus.QUALIFIED.labelKey())).isEqualTo("合格");
        assertThat(zh.getProperty(ReportStatus.RECTIFYING.labelKey())).isEqualTo("限期整改");
        assertThat(zh.getProperty(ReportStatus.REMOVED.labelKey())).isEqualTo("剔除");
    }
}
