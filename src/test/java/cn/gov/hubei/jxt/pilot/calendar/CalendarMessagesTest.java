package cn.gov.hubei.jxt.pilot.calendar;

import cn.gov.hubei.jxt.pilot.calendar.internal.CalendarYearLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
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

/** The calendar's two message bundles have the same keys, and every key the code and templates name exists. */
class CalendarMessagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern JAVA_KEY = Pattern.compile("\"(calendar\\.[a-z0-9.-]*[a-z0-9])\"");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(calendar\\.[a-z0-9.-]*[a-z0-9])[}(]");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("calendar_zh_CN.properties")).isEqualTo(keys("calendar.properties"));
    }

    @Test
    void everyMessageKeyNamedInCodeOrTemplatesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        named.addAll(matches(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/calendar"), ".java", JAVA_KEY));
        named.addAll(matches(Path.of("src/main/resources/templates/calendar"), ".html", TEMPLATE_KEY));
        named.remove(CalendarYearLoader.AUDIT_ACTION); // an audit action, not a message
        assertThat(named).contains("calendar.error.year-not-loaded", "calendar.file.no-holiday", "calendar.admin.title");
        assertThat(keys("calendar_zh_CN.properties")).containsAll(named);
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
