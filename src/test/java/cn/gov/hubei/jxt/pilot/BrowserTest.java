package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Like {@link IntegrationTest}, with the application served on a free port for a real browser. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "app.embedded-db.directory=target/test-db",
        "app.embedded-db.port=0",
        "app.embedded-db.clean-on-start=true",
        "app.embedded-db.durable=false",
        "app.files.directory=target/test-files",
        "spring.thymeleaf.cache=false"
})
public @interface BrowserTest {
}
