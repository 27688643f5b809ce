package cn.gov.hubei.jxt.pilot.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** An account as the administration pages and other modules see it (never the password hash). */
public record AccountView(long id, String username, String displayName, String email, String mobile, Set<Role> roles,
                          Long enterpriseId, String divisionCode, boolean enabled, boolean mustChangePassword,
                          OffsetDateTime lockedUntil, OffsetDateTime lastLoginAt, OffsetDateTime createdAt,
                          int version) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
