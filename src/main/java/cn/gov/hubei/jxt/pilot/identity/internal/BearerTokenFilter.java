package cn.gov.hubei.jxt.pilot.identity.internal;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} for this request only: nothing is
 * stored in a session. The account behind the token must still be enabled and not locked, and the token must be
 * live; otherwise the request is answered 401 at once.
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final TokenLimits limits;
    private final Clock clock;

    BearerTokenFilter(ApiTokens tokens, ProblemResponses problems, TokenLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        return isBearer(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    private static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // read once: every read of a header goes through the firewall's check of its characters
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!isBearer(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        String token = authorization.substring(PREFIX.length()).trim();
        Optional<CurrentUser> user = tokens.holderOf(token);
        if (user.isEmpty()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, problems.message("api.error.token-invalid"),
                    request.getRequestURI());
            return;
        }
        try {
            limits.beforeUse(token, user.get().id(), user.get().username(), user.get().primaryRole().name(),
                    request.getRemoteAddr());
        } catch (RateLimitedException e) {
            problems.tooManyRequests(request, response, e, clock.getZone());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(PilotAuthenticationProvider.authenticated(user.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
