package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * A new installation has no accounts. When no system administrator exists yet and
 * {@code app.bootstrap.admin-password} is set, the three administrator accounts ({@code sysadmin},
 * {@code secadmin}, {@code auditor}) are created with that password, which each must change at first login.
 */
@Component
@Order(200)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserAdministration users;
    private final String password;
    private final boolean demoInBackground;

    AdministratorBootstrap(UserAdministration users, @Value("${app.bootstrap.admin-password:}") String password,
                           @Value("${app.demo.background:false}") boolean demoInBackground) {
        this.users = users;
        this.password = password;
        this.demoInBackground = demoInBackground;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyWithRole(Role.SYSTEM_ADMIN)) {
            return;
        }
        if (demoInBackground) { // ./mvnw spring-boot:run: the demo accounts, loaded after the start, include them
            log.info("The administrator accounts sysadmin, secadmin and auditor come with the demo data, loading now.");
            return;
        }
        if (password.isBlank()) {
            log.warn("No system administrator account exists. Start once with APP_BOOTSTRAP_ADMIN_PASSWORD set to "
                    + "create the accounts sysadmin, secadmin and auditor (each must change the password at first login).");
            return;
        }
        Map<String, Role> admins = Map.of("sysadmin", Role.SYSTEM_ADMIN, "secadmin", Role.SECURITY_ADMIN,
                "auditor", Role.AUDIT_ADMIN);
        admins.forEach((username, role) -> {
            if (users.findByUsername(username).isEmpty()) {
                users.create(new NewAccount(username, username, null, null, Set.of(role), null, null), password, true);
                log.warn("Created administrator account {} ({}); it must change its password at first login", username, role);
            }
        });
    }
}
