package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Like {@link IntegrationTest} (the same configuration, properties and checks), with the application served on a free
 * port for a real browser ({@link Browser}, {@code @LocalServerPort}). All browser tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
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
public @interface BrowserTest {
}
