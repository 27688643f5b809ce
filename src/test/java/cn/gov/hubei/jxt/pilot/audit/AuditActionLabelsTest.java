package cn.gov.hubei.jxt.pilot.audit;

import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.calendar.internal.CalendarYearLoader;
import cn.gov.hubei.jxt.pilot.call.CallTransition;
import cn.gov.hubei.jxt.pilot.publicity.NoticeTransition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor reads people's words: every action code and every object type that the code writes into the trail
 * has a name in the Chinese and the English bundles ({@code audit.action.<action>}, {@code audit.target.<type>}).
 * The codes are found in the sources, so a new {@code AuditRecord.of(...)} without a name fails here.
 */
class AuditActionLabelsTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Pattern RECORD = Pattern.compile("AuditRecord\\.of\\(((?:[^()]|\\(\\))*)\\)");
    static final Pattern TARGET = Pattern.compile("\\.target\\(\\s*(\"[^\"]*\"|[A-Z_]+)\\s*,");
    static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

    /** Actions written from an expression rather than a literal: each expression and the actions it can make. */
    static final Map<String, List<String>> COMPUTED = Map.of(
            "\"application.\" + transition.code()", Arrays.stream(ApplicationTransition.values())
                    .map(t -> "application." + t.code()).toList(),
            "\"call.\" + transition.code()", Arrays.stream(CallTransition.values())
                    .map(t -> "call." + t.code()).toList(),
            "\"publicity.\" + transition.code()", Arrays.stream(NoticeTransition.values())
                    .map(t -> "publicity." + t.code()).toList(),
            "\"monitoring.report.\" + transition.code()", Arrays.stream(
                    cn.gov.hubei.jxt.pilot.monitoring.ReportTransition.values())
                    .map(t -> "monitoring.report." + t.code()).toList(),
            "AUDIT_ACTION", List.of(CalendarYearLoader.AUDIT_ACTION));
    /** A helper that builds the record from its first argument: {@code entry("meeting.drawn", …)}. */
    static final Pattern HELPER_CALL = Pattern.compile("\\bentry\\(\\s*\"([^\"]+)\"");
    /** A choice between literal actions: {@code cond ? "expert.activated" : "expert.deactivated"}. */
    static final Pattern CHOICE = Pattern.compile("[^\"]*\\?\\s*\"[^\"]+\"\\s*:\\s*\"[^\"]+\"");
    static final Map<String, String> CONSTANT_TARGETS = Map.of("AUDIT_TARGET", CalendarYearLoader.AUDIT_TARGET);

    @Test
    void everyActionWrittenAnywhereHasANameInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher m = RECORD.matcher(text);
            while (m.find()) {
                String argument = m.group(1).strip();
                Matcher literal = LITERAL.matcher(argument);
                if (COMPUTED.containsKey(argument)) {
                    actions.addAll(COMPUTED.get(argument));
                } else if (literal.matches()) {
                    actions.add(literal.group(1));
                } else if (CHOICE.matcher(argument).matches()) {
                    Matcher each = LITERAL.matcher(argument);
                    while (each.find()) {
                        actions.add(each.group(1));
                    }
                } else if (argument.equals("action") && !helperCalls(source).isEmpty()) {
                    actions.addAll(helperCalls(source));
                } else {
                    unknown.add(SOURCES.relativize(source) + ": AuditRecord.of(" + argument + ")");
                }
            }
        }
        assertThat(unknown).as("actions this test cannot list: add them to COMPUTED").isEmpty();
        assertThat(actions).contains("identity.login", "application.submit", "call.publish", "calendar.year-loaded",
                "recommendation.reordered", "audit.exported");
        assertThat(missing("audit.action.", actions)).isEmpty();
    }

    @Test
    void everyObjectTypeWrittenAnywhereHasANameInBothLanguages() throws IOException {
        Set<String> types = new TreeSet<>();
        for (Path source : sources()) {
            Matcher m = TARGET.matcher(Files.readString(source));
            while (m.find()) {
                String argument = m.group(1);
                types.add(argument.startsWith("\"") ? argument.substring(1, argument.length() - 1)
                        : CONSTANT_TARGETS.getOrDefault(argument, argument));
            }
        }
        assertThat(types).contains("user_account", "application", "calendar_year");
        assertThat(missing("audit.target.", types)).isEmpty();
    }

    private static List<String> missing(String prefix, Set<String> codes) throws IOException {
        Properties zh = new Properties();
        Properties en = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                (file.getFileName().toString().endsWith("_zh_CN.properties") ? zh : en).putAll(load(file));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (!zh.containsKey(prefix + code)) missing.add("zh_CN: " + prefix + code);
            if (!en.containsKey(prefix + code)) missing.add("en: " + prefix + code);
        }
        return missing;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * The actions passed to an {@code entry("…", …)} helper in the source's own package: the helper that builds the
     * record may be shared by the package's use cases.
     */
    private static List<String> helperCalls(Path source) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(source.getParent())) {
            for (Path sibling : siblings.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher each = HELPER_CALL.matcher(Files.readString(sibling));
                while (each.find()) {
                    found.add(each.group(1));
                }
            }
        }
        return found;
    }
}
