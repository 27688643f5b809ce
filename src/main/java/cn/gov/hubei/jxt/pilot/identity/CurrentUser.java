package cn.gov.hubei.jxt.pilot.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in person as every module sees them: roles and the scope those roles are bound to (an applicant's
 * enterprise, a recommender's division). Modules base their permission checks on this, never on request data.
 */
public final class CurrentUser implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final Long enterpriseId;
    private final String divisionCode;
    private final boolean mustChangePassword;

    public CurrentUser(long id, String username, String displayName, Set<Role> roles, Long enterpriseId,
                       String divisionCode, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enterpriseId = enterpriseId;
        this.divisionCode = divisionCode;
        this.mustChangePassword = mustChangePassword;
    }

    /** The user of the current request, if one is logged in. */
    public static Optional<CurrentUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The user an authentication stands for, if it is a logged-in person (page session or bearer token). */
    public static Optional<CurrentUser> of(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    /**
     * Acts for the programme office (省经信厅): holds the officer role and is none of the three administrators
     * (三员分立), who see no business data whatever else the account holds. The one rule every module's permissions use.
     */
    public boolean actsAsOfficer() {
        return has(Role.OFFICER) && !isAdministrator();
    }

    /** Whether the authentication is a person acting for the programme office ({@link #actsAsOfficer()}). */
    public static boolean actsAsOfficer(Authentication authentication) {
        return of(authentication).map(CurrentUser::actsAsOfficer).orElse(false);
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Administrators (三员) see no business data, whatever else the request asks for. */
    public boolean isAdministrator() {
        return roles.stream().anyMatch(Role::isAdministrator);
    }

    /** The enterprise an applicant acts for; empty for other roles. */
    public Optional<Long> enterpriseId() {
        return Optional.ofNullable(enterpriseId);
    }

    /** The division (推荐单位) a recommender acts for; empty for other roles. */
    public Optional<String> divisionCode() {
        return Optional.ofNullable(divisionCode);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The role shown as this user's main role (the first in declaration order). */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElseThrow();
    }

    public Collection<? extends GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.stream().sorted().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        if (mustChangePassword) {
            authorities.clear();
            authorities.add(new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED"));
        }
        return authorities;
    }

    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, displayName, roles, enterpriseId, divisionCode, false);
    }

    @Override
    public String toString() {
        return username;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
