package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a movable clock, with the application events of each test recorded. The configuration is
 * the same as that of the other tests on a movable clock (audit, login), so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@RecordApplicationEvents
public @interface CallIntegrationTest {
}
