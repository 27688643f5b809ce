package cn.gov.hubei.jxt.pilot.calendar;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The calendar's integration tests. The calendar needs no movable clock, so they run in the plain application context
 * with MockMvc that most web tests share.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@AutoConfigureMockMvc
public @interface CalendarIntegrationTest {
}
