package cn.gov.hubei.jxt.pilot;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A person signed in as the application signs people in ({@link CurrentUser} as the principal), without an account
 * in the database: for tests of pages and API whose permissions read the person, not only the role names.
 */
public final class People {

    private People() {
    }

    /** The request made by this person. */
    public static RequestPostProcessor as(String username, Role... roles) {
        return authentication(authenticationOf(username, roles));
    }

    public static Authentication authenticationOf(String username, Role... roles) {
        CurrentUser user = new CurrentUser(0, username, username, Set.of(roles), null, null, false);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    /** The test method runs as this person (like {@code @WithMockUser}, with a {@link CurrentUser}). */
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @WithSecurityContext(factory = WithPersonFactory.class)
    public @interface WithPerson {
        String username() default "user";

        Role[] roles();
    }

    static final class WithPersonFactory implements WithSecurityContextFactory<WithPerson> {
        @Override
        public SecurityContext createSecurityContext(WithPerson person) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authenticationOf(person.username(), person.roles()));
            return context;
        }
    }
}
