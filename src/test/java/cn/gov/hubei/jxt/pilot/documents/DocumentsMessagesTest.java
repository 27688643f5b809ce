package cn.gov.hubei.jxt.pilot.documents;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents' two bundles have the same keys; every key the code names exists, and so does the label of every
 * value of the model's enumerations (those keys are built from the constants' names).
 */
class DocumentsMessagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern JAVA_KEY = Pattern.compile("\"(documents\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("documents_zh_CN.properties")).isEqualTo(keys("documents.properties"));
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/gov/hubei/jxt/pilot/documents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        // keys completed in code by a constant's name end with a dot
        named.removeIf(key -> key.endsWith("."));
        assertThat(named).contains("documents.part1", "documents.error.pdf-font-unavailable");
        assertThat(keys("documents_zh_CN.properties")).containsAll(named);
    }

    @Test
    void everyValueOfTheModelHasItsLabel() throws IOException {
        List<String> needed = new ArrayList<>();
        for (var v : ApplicationDocument.EnterpriseNature.values()) {
            needed.add("documents.enterprise.nature." + v.name());
        }
        for (var v : ApplicationDocument.Mode.values()) {
            needed.add("documents.project.mode." + v.name());
        }
        for (var v : ApplicationDocument.Technology.values()) {
            needed.add("documents.project.technology." + v.name());
        }
        for (var v : ApplicationDocument.Assessment.values()) {
            needed.add("documents.part3.assessment." + v.name());
        }
        for (var v : ApplicationDocument.Change.values()) {
            needed.add("documents.part4.change." + v.name());
        }
        for (var v : ApplicationDocument.LifeCycleStage.values()) {
            needed.add("documents.part5.stage." + v.name());
        }
        for (var v : ApplicationDocument.EquipmentCategory.values()) {
            needed.add("documents.part6.category." + v.name());
        }
        for (var v : ApplicationDocument.Origin.values()) {
            needed.add("documents.part6.origin." + v.name());
        }
        for (var v : ApplicationDocument.PatentType.values()) {
            needed.add("documents.part6.patent-type." + v.name());
        }
        assertThat(keys("documents_zh_CN.properties")).containsAll(needed);
        assertThat(keys("documents.properties")).containsAll(needed);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
