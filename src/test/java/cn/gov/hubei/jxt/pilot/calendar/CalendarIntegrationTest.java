package cn.gov.hubei.jxt.pilot.calendar;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The calendar's integration tests: one application context (with the recording audit trail) shared by all. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@AutoConfigureMockMvc
@Import(RecordingAuditTrail.Config.class)
public @interface CalendarIntegrationTest {
}
