package cn.gov.hubei.jxt.pilot.enterprise;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application with MockMvc on a movable clock ({@link IntegrationTest}), in the context every other
 * integration test shares. Output is captured, because until the notification module exists the confirmation e-mails
 * are written to the log, and that is where the tests read the links.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
public @interface EnterpriseIntegrationTest {
}
