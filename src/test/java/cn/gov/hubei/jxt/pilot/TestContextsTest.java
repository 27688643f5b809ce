package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration tests share one application context and the browser tests another (served on a free port); a test
 * class gets its own only where a property must differ, and is listed here with the reason.
 */
class TestContextsTest {

    /** The test classes that start a context of their own, and why. */
    static final Map<String, String> OWN_CONTEXT = Map.of(
            "notification.internal.MailDeliveryTest",
            "the mail sender points at the class's own SMTP server (GreenMail on a free port)",
            "files.FileSizeLimitTest",
            "a file size limit of 1 KB, read when the file store starts",
            "platform.ForwardedHeadersTest$FromAConfiguredProxy",
            "trusted proxies configured, read when the forwarded-headers filter starts");

    @Test
    void integrationTestsShareOneContextAndBrowserTestsAnotherButTheListedOnes() {
        Map<MergedContextConfiguration, TreeSet<String>> contexts = TestContexts.byConfiguration();
        List<String> unexpected = new ArrayList<>();
        TreeSet<String> shared = contexts.values().stream().filter(classes -> classes.contains("ApplicationStartsTest"))
                .findFirst().orElseThrow();
        TreeSet<String> browser = contexts.values().stream()
                .filter(classes -> classes.contains("web.HomePagesBrowserTest")).findFirst().orElseThrow();
        for (TreeSet<String> classes : contexts.values()) {
            if (classes != shared && classes != browser
                    && !(classes.size() == 1 && OWN_CONTEXT.containsKey(classes.first()))) {
                unexpected.add(classes.toString());
            }
        }
        assertThat(unexpected).as("""
                        test classes that start an application context of their own (an @Import, \
                        @TestPropertySource, @MockitoBean, @DynamicPropertySource or another web environment than \
                        @IntegrationTest's): use @IntegrationTest or @BrowserTest alone, or list the class in OWN_CONTEXT with the \
                        reason; contexts:
                        %s""", String.join("\n", TestContexts.describe(contexts)))
                .isEmpty();
        assertThat(contexts).hasSize(2 + OWN_CONTEXT.size());
        assertThat(shared.size()).isGreaterThan(60);
        assertThat(browser.size()).isGreaterThan(10);
    }
}
