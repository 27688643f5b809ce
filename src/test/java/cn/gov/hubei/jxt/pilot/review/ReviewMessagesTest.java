package cn.gov.hubei.jxt.pilot.review;

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

/** The review module's bundles: both languages have the same keys, and every key the code names exists. */
class ReviewMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(review\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(SheetStateDiagramTest.bundle("i18n/review_zh_CN.properties").stringPropertyNames())
                .isEqualTo(SheetStateDiagramTest.bundle("i18n/review.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/review"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        Set<String> audit = Set.of("review.rubric-saved", "review.sheet-submitted", "review.sheet-unlocked",
                "review.thresholds-set");
        assertThat(named).containsAll(audit);
        named.removeAll(audit);
        named.remove(Proposals.KIND);
        for (SheetStatus status : SheetStatus.values()) {
            named.add(status.labelKey());
        }
        for (SheetTransition t : SheetTransition.values()) {
            named.add(t.labelKey());
            named.add("review.sheet." + t.code() + ".refused");
        }
        Properties zh = SheetStateDiagramTest.bundle("i18n/review_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
        for (cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion c : cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion.values()) {
            assertThat(zh).containsKey("review.site-visit." + c.name());
        }
        for (cn.gov.hubei.jxt.pilot.meeting.MeetingStatus s : cn.gov.hubei.jxt.pilot.meeting.MeetingStatus.values()) {
            assertThat(zh).containsKey("review.meeting.status." + s.name());
            assertThat(zh).containsKey("review.sheet.readonly." + s.name());
        }
    }

    @Test
    void theSheetStatusesCarryTheProgrammesWords() throws IOException {
        Properties zh = SheetStateDiagramTest.bundle("i18n/review_zh_CN.properties");
        assertThat(zh.getProperty("review.sheet.status.DRAFT")).isEqualTo("草稿");
        assertThat(zh.getProperty("review.sheet.status.SUBMITTED")).isEqualTo("已提交");
        assertThat(zh.getProperty("review.sheet.late")).isEqualTo("逾期未交");
    }
}
