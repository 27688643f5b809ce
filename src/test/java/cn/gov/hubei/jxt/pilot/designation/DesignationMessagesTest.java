package cn.gov.hubei.jxt.pilot.designation;

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

/** The designation bundles: both languages have the same keys, and every key the code names exists. */
class DesignationMessagesTest {

    static final Pattern JAVA_KEY = Pattern.compile("\"(designation\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(DesignationStateDiagramTest.bundle("i18n/designation_zh_CN.properties").stringPropertyNames())
                .isEqualTo(DesignationStateDiagramTest.bundle("i18n/designation.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> audit = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/designation"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = JAVA_KEY.matcher(source);
                while (m.find()) {
                    named.add(m.group(1));
                }
                Matcher a = Pattern.compile("AuditRecord\\.of\\(\"(designation\\.[a-z-]+)\"\\)").matcher(source);
                while (a.find()) {
                    audit.add(a.group(1));
                }
            }
        }
        named.removeAll(audit);
        // the notice's kind, and prefixes completed in code
        named.removeAll(Set.of("designation.designated", "designation.field.document", "designation.project.status",
                "designation.verify.state"));
        for (PublicationStatus status : PublicationStatus.values()) {
            named.add(status.labelKey());
        }
        for (PublicationTransition t : PublicationTransition.values()) {
            named.add(t.labelKey());
            named.add("designation." + t.code() + ".refused");
        }
        for (DesignationStatus status : DesignationStatus.values()) {
            named.add("designation.project.status." + status.name());
        }
        for (CertificateCheck.State state : CertificateCheck.State.values()) {
            named.add(state.labelKey());
            named.add("designation.verify.explain." + state.name());
        }
        for (String reason : Set.of("empty", "too-large", "kind-not-allowed")) {
            named.add("designation.field.document." + reason);
        }
        assertThat(audit).containsExactlyInAnyOrder("designation.published", "designation.number-corrected",
                "designation.revoked", "designation.certificates-issued", "designation.certificate-reissued",
                "designation.plaque-recorded", "designation.plaque-recipients-sealed");
        Properties zh = DesignationStateDiagramTest.bundle("i18n/designation_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsAll(named);
        for (String action : audit) {
            assertThat(zh).containsKey("audit.action." + action);
        }
    }

    @Test
    void theProgrammesWords() throws IOException {
        Properties zh = DesignationStateDiagramTest.bundle("i18n/designation_zh_CN.properties");
        assertThat(Stream.of(CertificateCheck.State.values()).map(s -> zh.getProperty(s.labelKey())))
                .containsExactly("有效", "已过期", "已撤销", "已作废");
    }
}
