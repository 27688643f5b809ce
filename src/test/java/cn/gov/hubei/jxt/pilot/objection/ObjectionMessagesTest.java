package cn.gov.hubei.jxt.pilot.objection;

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

/** The objection module's bundles: both languages have the same keys, and every key the code and pages name exists. */
class ObjectionMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(objection\\.[a-z0-9.-]*[a-z0-9])\"");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(objection\\.[a-z0-9.-]*[a-z0-9])[}(]");
    static final Set<String> AUDIT = Set.of("objection.submitted", "objection.viewed", "objection.accepted",
            "objection.declined", "objection.upheld", "objection.dismissed", "objection.removed-from-list",
            "objection.noted", "objection.file-read", "objection.throttled", "objection.objector-data-anonymised",
            "objection.objector-data-resealed");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/objection_zh_CN.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/objection.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeAndThePagesNameExists() throws IOException {
        Set<String> named = new TreeSet<>();
        collect(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/objection"), ".java", JAVA_KEY, named);
        collect(Path.of("src/main/resources/templates/objection"), ".html", TEMPLATE_KEY, named);
        assertThat(named).containsAll(AUDIT);
        named.removeAll(AUDIT);
        for (ObjectionStatus status : ObjectionStatus.values()) {
            named.add(status.labelKey());
            named.add("objection.step." + status.name());
        }
        named.add("objection.step.NOTE");
        named.add("objection.step.REMOVED");
        for (ObjectionTransition t : ObjectionTransition.values()) {
            named.add(t.labelKey());
            named.add("objection.transition." + t.code() + ".hint");
            named.add("objection." + t.code() + ".refused");
            named.add("objection.case.done." + t.code());
        }
        for (IdType type : IdType.values()) {
            named.add(type.labelKey());
        }
        assertThat(named).contains("objection.refused.anonymous", "objection.form.title");
        named.add("objection.nav");
        Properties zh = bundle("i18n/objection_zh_CN.properties");
        assertThat(named).allSatisfy(key -> assertThat(zh).containsKey(key));
        for (String action : AUDIT) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }

    @Test
    void theRefusalsStateTheRule() throws IOException {
        Properties zh = bundle("i18n/objection_zh_CN.properties");
        assertThat(zh.getProperty("objection.refused.anonymous")).startsWith("根据实名原则，匿名异议不予受理");
        assertThat(Stream.of(ObjectionStatus.values()).map(s -> zh.getProperty(s.labelKey())))
                .containsExactly("已收到", "已受理", "不予受理", "异议成立", "异议不成立");
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

    static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ObjectionMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
