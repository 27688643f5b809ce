package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import cn.gov.hubei.jxt.pilot.decision.ReleaseListening;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application on the embedded PostgreSQL that all tests of one JVM share (its data in
 * {@code target/test-db}, or in the JVM's own directory of {@link TestDirectories} when Maven runs several JVMs;
 * wiped when the JVM first starts it, on a free port). Demo data is loaded as in a plain start.
 *
 * <p>Every integration test runs in this one configuration, so the suite starts one application context for all of
 * them (and one for the browser tests, {@link BrowserTest}): with {@code MockMvc}, on a {@link MutableClock} that runs
 * with the real time until a test sets it (reset before each test class), and with the scheduled jobs off
 * ({@code app.scheduling.enabled=false}: a test calls a job's method when it wants it to run). Adding an annotation
 * that changes the configuration ({@code @Import}, {@code @TestPropertySource}, {@code @MockitoBean} …) to a test
 * class starts another context: {@code TestContextsTest} lists the few that are allowed and why. (The mock web
 * environment binds a mock request to the test's thread, which some tests rely on: the client address an audit
 * entry written outside a request records.)
 *
 * <p>After each test class, {@link DatabaseInvariants} checks the shared database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({MutableClock.Config.class, ReleaseListening.class})
@ExtendWith({MutableClock.ResetBeforeEachClass.class, DatabaseInvariants.AfterEachClass.class})
@TestPropertySource(properties = {
        "app.embedded-db.directory=${test.workdir:target}/test-db",
        "app.embedded-db.port=0",
        "app.embedded-db.clean-on-start=true",
        "app.embedded-db.durable=false",
        "app.files.directory=${test.workdir:target}/test-files",
        // a fixed key of the audit chain (docs/audit.md): the entries a test writes hash the same in every run
        "app.audit.chain-key=" + IntegrationTest.AUDIT_CHAIN_KEY,
        "app.scheduling.enabled=false",
        "spring.thymeleaf.cache=false"
})
public @interface IntegrationTest {

    /** The audit chain key of the tests (hexadecimal, 256 bits). */
    String AUDIT_CHAIN_KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
}
