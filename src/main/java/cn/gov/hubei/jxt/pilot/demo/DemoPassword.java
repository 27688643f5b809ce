package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration.SharedPassword;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The published demo password ({@value DemoData#PASSWORD}) hashed once for all demo accounts: a password hash costs a
 * tenth of a second of processor time by design, and the demo creates a dozen and a half accounts.
 */
@Component
@Profile("!prod")
class DemoPassword {

    private final UserAdministration users;
    private SharedPassword hashed;

    DemoPassword(UserAdministration users) {
        this.users = users;
    }

    synchronized SharedPassword get() {
        if (hashed == null) {
            hashed = users.hashOnce(DemoData.PASSWORD);
        }
        return hashed;
    }
}
