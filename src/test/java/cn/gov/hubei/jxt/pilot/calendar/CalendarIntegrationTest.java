package cn.gov.hubei.jxt.pilot.calendar;

import cn.gov.hubei.jxt.pilot.IntegrationTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The calendar's integration tests: the whole application with MockMvc ({@link IntegrationTest}), in the context every
 * other integration test shares.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
public @interface CalendarIntegrationTest {
}
