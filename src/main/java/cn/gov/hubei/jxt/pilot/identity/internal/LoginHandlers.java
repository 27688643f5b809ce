package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.io.IOException;

/**
 * After a login: the session's idle timeout follows the policy, a forced password change comes first, otherwise the
 * page the person asked for. After a failure: back to the login page with the reason. At logout: an audit entry.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    static final String ERROR_ATTRIBUTE = "LOGIN_ERROR";

    private final PasswordPolicies policies;
    private final AuditTrail audit;
    private final ProblemResponses messages;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginHandlers(PasswordPolicies policies, AuditTrail audit, ProblemResponses messages, Clock clock) {
        this.clock = clock;
        this.policies = policies;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        request.getSession().setMaxInactiveInterval((int) policies.current().idleTimeout().toSeconds());
        request.getSession().removeAttribute(ERROR_ATTRIBUTE);
        if (authentication.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        savedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        LoginService.Refusal refusal = LoginService.refusal(exception, clock.getZone());
        String message = messages.message(refusal.messageKey(), refusal.arguments());
        if (exception instanceof LoginService.LoginThrottledException throttled) {
            // 429 with the login page itself (not a redirect), so that the status and Retry-After reach the client
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(throttled.limit().retryAfterSeconds()));
            request.setAttribute(ERROR_ATTRIBUTE, message);
            try {
                request.getRequestDispatcher("/login/throttled").forward(request, response);
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
            return;
        }
        request.getSession().setAttribute(ERROR_ATTRIBUTE, message);

        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            audit.record(AuditRecord.of("identity.logout").target("user_account", user.id())
                    .actor(user.username(), user.primaryRole().name()).clientAddress(request.getRemoteAddr()).build());
        }
    }
}
