package cn.gov.hubei.jxt.pilot;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The application contexts the test suite starts: Spring caches one context per distinct merged configuration
 * (annotations, imports, properties, customizers), so the number of distinct configurations of the test classes is
 * the number of contexts — each with its start-up, its connection pool and its beans.
 */
final class TestContexts {

    private TestContexts() {
    }

    /** Every Spring Boot test class of the project by its merged configuration. */
    static Map<MergedContextConfiguration, TreeSet<String>> byConfiguration() {
        Map<MergedContextConfiguration, TreeSet<String>> result = new LinkedHashMap<>();
        for (Class<?> test : ProjectClasses.tests()) {
            if (test.isAnnotation() || test.isInterface() || Modifier.isAbstract(test.getModifiers())
                    || !MergedAnnotations.from(test, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                    .isPresent(SpringBootTest.class)) {
                continue;
            }
            MergedContextConfiguration configuration =
                    BootstrapUtils.resolveTestContextBootstrapper(test).buildMergedContextConfiguration();
            result.computeIfAbsent(configuration, c -> new TreeSet<>()).add(test.getName()
                    .replace("cn.gov.hubei.jxt.pilot.", ""));
        }
        return result;
    }

    static List<String> describe(Map<MergedContextConfiguration, TreeSet<String>> contexts) {
        return contexts.entrySet().stream().map(e -> e.getValue().size() + " classes " + e.getValue() + "\n    "
                + e.getKey()).toList();
    }
}
