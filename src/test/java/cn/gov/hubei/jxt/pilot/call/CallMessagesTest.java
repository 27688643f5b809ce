package cn.gov.hubei.jxt.pilot.call;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the call module comes from its two bundles, which have the same keys. */
class CallMessagesTest {

    static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties zh = CallStateDiagramTest.bundle("i18n/call_zh_CN.properties");
        Properties en = CallStateDiagramTest.bundle("i18n/call.properties");

        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void everyStatusAndTransitionHasItsTexts() throws IOException {
        Properties zh = CallStateDiagramTest.bundle("i18n/call_zh_CN.properties");
        for (CallStatus status : CallStatus.values()) {
            assertThat(zh).containsKey("call.status." + status.name());
        }
        for (CallTransition t : CallTransition.values()) {
            for (String suffix : List.of("label", "already", "refused")) {
                assertThat(zh).containsKey("call.transition." + t.code() + "." + suffix);
            }
            if (t.dueAt().isPresent()) {
                assertThat(zh).containsKey("call.transition." + t.code() + ".not-due");
            }
            if (t.reasonRequired()) {
                assertThat(zh).containsKeys("call.transition." + t.code() + ".reason-required",
                        "call.transition." + t.code() + ".reason-too-long");
            }
        }
    }

    @Test
    void templatesHoldNoChineseLiterals() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/call"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template, StandardCharsets.UTF_8);
                assertThat(CJK.matcher(html).find()).as(template.toString()).isFalse();
                assertThat(html).as(template.toString()).doesNotContain("style=", "<script", "onclick=");
            }
        }
    }
}
