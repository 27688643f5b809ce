package cn.gov.hubei.jxt.pilot.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
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
 * Every text a person reads comes from the message bundles: the Chinese and English bundles of each module have the
 * same keys, every key used in a template exists, and templates hold no literal Chinese text.
 */
class MessageBundlesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path zh : files.filter(p -> p.getFileName().toString().endsWith("_zh_CN.properties")).toList()) {
                Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh_CN", ""));
                assertThat(en).as("English bundle beside %s", zh).exists();
                Set<String> zhKeys = new TreeSet<>(load(zh).stringPropertyNames());
                Set<String> enKeys = new TreeSet<>(load(en).stringPropertyNames());
                Set<String> onlyZh = new TreeSet<>(zhKeys);
                onlyZh.removeAll(enKeys);
                Set<String> onlyEn = new TreeSet<>(enKeys);
                onlyEn.removeAll(zhKeys);
                if (!onlyZh.isEmpty()) problems.add(zh.getFileName() + " only: " + onlyZh);
                if (!onlyEn.isEmpty()) problems.add(en.getFileName() + " only: " + onlyEn);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralChineseText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = stripComments(lines.get(i));
                if (CJK.matcher(line).find()) {
                    problems.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + line.trim());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path zh : files.filter(p -> p.getFileName().toString().endsWith("_zh_CN.properties")).toList()) {
                all.putAll(load(zh));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                String key = m.group(1);
                if (!all.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoInlineStylesOrScripts() throws IOException {
        Pattern inline = Pattern.compile("\\sstyle=\"|<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = inline.matcher(Files.readString(template));
            while (m.find()) {
                problems.add(TEMPLATES.relativize(template) + ": " + m.group());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Thymeleaf parser-level comments are for developers; they never reach a person. */
    private static String stripComments(String line) {
        return line.replaceAll("<!--/\\*.*?\\*/-->", "");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
