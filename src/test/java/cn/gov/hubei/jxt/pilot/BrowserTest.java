package cn.gov.hubei.jxt.pilot;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link IntegrationTest} driving a real browser ({@link Browser}) against the application served on its free
 * port ({@code @LocalServerPort}); the same application context as every other integration test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@IntegrationTest
public @interface BrowserTest {
}
