package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A person who must change the password (first login, after a reset) reaches nothing else until they have. Their
 * session carries no role until then, so this filter only makes the way out obvious: pages redirect to the change
 * form, API calls get a 403 that says why.
 */
@Component
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    PasswordChangeRequiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean mustChange = CurrentUser.current().map(CurrentUser::mustChangePassword).orElse(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mustChange || allowed(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            problems.write(response, HttpStatus.FORBIDDEN, problems.message("api.error.password-change-required"),
                    request.getRequestURI());
        } else {
            response.sendRedirect(request.getContextPath() + "/account/password");
        }
    }

    private static boolean allowed(String path) {
        return path.equals("/account/password") || path.equals("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/error");
    }
}
