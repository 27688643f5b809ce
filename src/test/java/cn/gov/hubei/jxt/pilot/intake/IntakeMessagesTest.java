package cn.gov.hubei.jxt.pilot.intake;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's bundles: both languages have the same keys, every key the code names exists, every outcome and reason
 * code has its label, and the labels are the programme's words.
 */
class IntakeMessagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern JAVA_KEY = Pattern.compile("\"(intake\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("intake_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("intake.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/intake"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        named.remove("intake.formal-review"); // the audit action, not a message
        Arrays.stream(FormalReviewOutcome.values()).map(FormalReviewOutcome::labelKey).forEach(named::add);
        Arrays.stream(FormalReviewReason.values()).map(FormalReviewReason::labelKey).forEach(named::add);
        Arrays.stream(FormalReviewOutcome.values()).map(o -> "intake.decided." + o.name()).forEach(named::add);
        assertThat(named).contains("intake.decide.stale", "intake.validation.deadline.past");
        assertThat(load("intake_zh_CN.properties").stringPropertyNames()).containsAll(named);
    }

    @Test
    void theReasonCodesCarryTheProgrammesLabels() throws IOException {
        Properties zh = load("intake_zh_CN.properties");
        assertThat(Arrays.stream(FormalReviewReason.values()).map(r -> zh.getProperty(r.labelKey())))
                .containsExactly("材料不全", "不符合申报条件", "信用状况不良", "重复申报", "其他");
        assertThat(Arrays.stream(FormalReviewOutcome.values()).map(o -> zh.getProperty(o.labelKey())))
                .containsExactly("通过", "要求补正", "不通过");
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
