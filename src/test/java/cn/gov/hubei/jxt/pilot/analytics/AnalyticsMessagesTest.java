package cn.gov.hubei.jxt.pilot.analytics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The analytics bundles: both languages have the same keys, and every key the code and templates name exists. */
class AnalyticsMessagesTest {

    static final Pattern KEY = Pattern.compile("[\"{(](analytics\\.[a-z0-9.-]*[a-z0-9])[\"}(]");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AnalyticsMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/analytics_zh_CN.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/analytics.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeAndTemplatesNameExists() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path root : Set.of(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/analytics"),
                Path.of("src/main/resources/templates/analytics"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        // prefixes completed in code
        named.removeAll(Set.of("analytics.chart", "analytics.column", "analytics.note", "analytics.step"));
        for (Chart chart : Chart.values()) {
            named.add(chart.titleKey());
            named.add("analytics.note." + chart.key());
        }
        Properties zh = bundle("i18n/analytics_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        assertThat(zh.getProperty("analytics.nav")).isEqualTo("统计分析");
    }
}
