/**
 * Identity: accounts, their roles and scope, the separation of the three administrators (三员分立), the password and
 * lockout policy, login, bearer tokens for the API and the Spring Security configuration.
 *
 * <p>Other modules use {@link cn.gov.hubei.jxt.pilot.identity.CurrentUser}, {@link cn.gov.hubei.jxt.pilot.identity.Role},
 * {@link cn.gov.hubei.jxt.pilot.identity.UserAdministration} and
 * {@link cn.gov.hubei.jxt.pilot.identity.PasswordPolicies}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"audit", "platform", "reference"})
package cn.gov.hubei.jxt.pilot.identity;
