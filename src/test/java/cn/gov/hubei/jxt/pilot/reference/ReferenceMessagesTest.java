package cn.gov.hubei.jxt.pilot.reference;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceMessagesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReferenceMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("reference.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("reference_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> keys = load("reference_zh_CN.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{(reference\\.[A-Za-z.]+)[(}]");
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/reference"))) {
            for (Path template : templates.toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
        assertThat(keys).contains("reference.indicators.direction.DECREASE", "reference.indicators.direction.INCREASE",
                "reference.threshold.description.GT", "reference.threshold.description.GE");
    }
}
