package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileConflictException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileInvalidException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationRefusedException;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import cn.gov.hubei.jxt.pilot.platform.RateLimitedException;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The enterprise API's exceptions mapped to status and title; every answer is built by {@link ApiProblems}
 * ({@code application/problem+json}; broken rules are a 422 with {@code errors}: {@code {field, message}}).
 */
@RestControllerAdvice(assignableTypes = {RegistrationApiController.class, ProfileApiController.class})
class EnterpriseApiProblems {

    private final ApiProblems problems;

    EnterpriseApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RateLimitedException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> throttled(RateLimitedException e) {
        ProblemDetail problem = problems.of(HttpStatus.TOO_MANY_REQUESTS, "enterprise.throttled.title",
                "enterprise.throttled.api", String.valueOf(e.retryAfterMinutes()));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        problem.setProperty("retryAt", e.retryAt().toString());
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    /** The version in an If-Match header: {@code "3"}, {@code W/"3"} or {@code 3}. */
    static int versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingVersionException();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            int version = Integer.parseInt(value);
            if (version < 0) {
                throw new InvalidVersionException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidVersionException();
        }
    }

    static final class MissingVersionException extends RuntimeException {
        MissingVersionException() {
            super("If-Match is missing");
        }
    }

    static final class InvalidVersionException extends RuntimeException {
        InvalidVersionException() {
            super("If-Match is not a profile version");
        }
    }

    @ExceptionHandler(RegistrationRefusedException.class)
    ProblemDetail refused(RegistrationRefusedException e) {
        ProblemDetail problem = invalid("enterprise.problem.registration-refused", e.violations());
        problem.setProperty("pendingReviewOffered", e.pendingReviewOffered());
        problem.setProperty("divisionChoiceNeeded", e.divisionChoiceNeeded());
        return problem;
    }

    @ExceptionHandler(ProfileInvalidException.class)
    ProblemDetail invalid(ProfileInvalidException e) {
        return invalid("enterprise.problem.profile-invalid", e.violations());
    }

    @ExceptionHandler(ProfileConflictException.class)
    ProblemDetail conflict(ProfileConflictException e) {
        return problems.of(HttpStatus.CONFLICT, "enterprise.problem.conflict.title", "enterprise.problem.conflict",
                String.valueOf(e.expectedVersion()));
    }

    @ExceptionHandler(MissingVersionException.class)
    ProblemDetail missingVersion(MissingVersionException e) {
        return problems.of(HttpStatus.PRECONDITION_REQUIRED, "enterprise.problem.if-match.title",
                "enterprise.problem.if-match.missing");
    }

    @ExceptionHandler(InvalidVersionException.class)
    ProblemDetail invalidVersion(InvalidVersionException e) {
        return problems.of(HttpStatus.BAD_REQUEST, "enterprise.problem.if-match.title",
                "enterprise.problem.if-match.invalid");
    }

    /** Broken rules of the enterprise API are a 422 (the request was readable; its content is refused). */
    private ProblemDetail invalid(String detailKey, List<FieldProblem> violations) {
        ProblemDetail problem = problems.invalid("enterprise.problem.invalid.title", detailKey, violations);
        problem.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return problem;
    }
}
