package cn.gov.hubei.jxt.pilot.decision;

import cn.gov.hubei.jxt.pilot.notification.Notifications;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The stand-in of an owning module's listener of released decisions ({@link ReleaseListener}), in the context that
 * every integration test shares (so that the decision tests start no context of their own). Only the decision tests
 * release decisions; it does nothing for the others.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReleaseListening {

    @Bean
    ReleaseListener releaseListener(Notifications notifications) {
        return new ReleaseListener(notifications);
    }
}
