package cn.gov.hubei.jxt.pilot.identity.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.internal.ApiTokens;
import cn.gov.hubei.jxt.pilot.identity.internal.LoginService;
import cn.gov.hubei.jxt.pilot.identity.internal.ProblemResponses;
import cn.gov.hubei.jxt.pilot.identity.internal.TokenLimits;
import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Bearer tokens for API clients, under the same login rules as the login page. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证", description = "API clients obtain and revoke bearer tokens")
class TokenApiController {

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(String token, OffsetDateTime expiresAt) {
    }

    private final LoginService logins;
    private final ApiTokens tokens;
    private final MessageSource messages;
    private final TokenLimits limits;
    private final ProblemResponses problems;
    private final Clock clock;

    TokenApiController(LoginService logins, ApiTokens tokens, MessageSource messages, TokenLimits limits,
                       ProblemResponses problems, Clock clock) {
        this.limits = limits;
        this.problems = problems;
        this.clock = clock;
        this.logins = logins;
        this.tokens = tokens;
        this.messages = messages;
    }

    @PostMapping("/token")
    @Operation(summary = "Issue a bearer token", description = "Subject to the password and lockout policy; "
            + "send it as 'Authorization: Bearer <token>'.")
    ResponseEntity<?> issue(@RequestBody TokenRequest body, HttpServletRequest request) {
        CurrentUser user;
        try {
            user = logins.authenticate(body.username(), body.password(), request.getRemoteAddr(), "api");
        } catch (LoginService.LoginThrottledException e) {
            return throttled(e.limit());
        } catch (AuthenticationException e) {
            LoginService.Refusal refusal = logins.refusal(e);
            String detail = message(refusal.messageKey(), refusal.arguments());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail));
        }
        if (user.mustChangePassword()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, message("api.error.password-change-required")));
        }
        try {
            limits.beforeIssue(user.id(), user.username(), user.primaryRole().name(), request.getRemoteAddr());
        } catch (RateLimitedException e) {
            return throttled(e);
        }
        ApiTokens.Issued issued = tokens.issue(user.id(), user.username(), user.primaryRole().name(), request.getRemoteAddr());
        return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
    }

    @DeleteMapping("/token")
    @Operation(summary = "Revoke the bearer token this request carries")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return ResponseEntity.badRequest().build();
        }
        tokens.revoke(header.substring(7).trim());
        return ResponseEntity.noContent().build();
    }

    /** 429 with Retry-After and when to retry, in the body too ({@code retryAfterSeconds}, {@code retryAt}). */
    private ResponseEntity<ProblemDetail> throttled(RateLimitedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                problems.throttledMessage(e, clock.getZone()));
        problem.setTitle(message("api.error.throttled.title"));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        problem.setProperty("retryAt", e.retryAt().toString());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
