package cn.gov.hubei.jxt.pilot;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application on the embedded PostgreSQL that all tests of one JVM share (its data in
 * {@code target/test-db}, wiped when the JVM first starts it, on a free port). Demo data is loaded as in a plain start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@TestPropertySource(properties = {
        "app.embedded-db.directory=target/test-db",
        "app.embedded-db.port=0",
        "app.embedded-db.clean-on-start=true",
        "app.embedded-db.durable=false",
        "app.files.directory=target/test-files",
        "spring.thymeleaf.cache=false"
})
public @interface IntegrationTest {
}
