package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application ({@link IntegrationTest}: MockMvc, the movable clock, the real file store with its files in
 * {@code target/test-files}) with the application events of each test recorded. The same context as every other
 * integration test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@RecordApplicationEvents
public @interface ApplicationIntegrationTest {
}
