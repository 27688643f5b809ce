package cn.gov.hubei.jxt.pilot.identity;

import java.util.Set;

/** What the system administrator gives to create an account. */
public record NewAccount(String username, String displayName, String email, String mobile, Set<Role> roles,
                         Long enterpriseId, String divisionCode) {
}
