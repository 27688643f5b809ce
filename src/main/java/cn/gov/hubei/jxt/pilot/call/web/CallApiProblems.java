package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.call.CallActionRefusedException;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallValidationException;
import cn.gov.hubei.jxt.pilot.call.CallVersionConflictException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The call API's exceptions mapped to status and title; every answer is built by {@link ApiProblems}
 * ({@code application/problem+json}, broken rules under {@code errors} as {@code {field, message}}).
 */
@RestControllerAdvice(assignableTypes = CallApiController.class)
class CallApiProblems {

    private final ApiProblems problems;

    CallApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    /** The version in an If-Match header: {@code "3"}, {@code W/"3"} or {@code 3}. */
    static long versionFrom(String ifMatch) {
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
            return Long.parseLong(value);
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
            super("If-Match is not a call version");
        }
    }

    @ExceptionHandler(CallNotFoundException.class)
    ProblemDetail notFound(CallNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "call.problem.not-found.title", "call.problem.not-found",
                String.valueOf(e.callId()));
    }

    @ExceptionHandler(CallValidationException.class)
    ProblemDetail invalid(CallValidationException e) {
        return problems.invalid("call.problem.invalid.title", "call.problem.invalid", e.violations());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return problems.invalid("call.problem.invalid.title", "call.problem.invalid", e.getBindingResult());
    }

    @ExceptionHandler(CallActionRefusedException.class)
    ProblemDetail refused(CallActionRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "call.problem.refused.title", e);
    }

    @ExceptionHandler(CallVersionConflictException.class)
    ProblemDetail conflict(CallVersionConflictException e) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "call.problem.conflict.title",
                "call.problem.conflict", String.valueOf(e.currentVersion()), String.valueOf(e.expectedVersion()));
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(MissingVersionException.class)
    ProblemDetail missingVersion(MissingVersionException e) {
        return problems.of(HttpStatus.PRECONDITION_REQUIRED, "call.problem.if-match.title",
                "call.problem.if-match.missing");
    }

    @ExceptionHandler(InvalidVersionException.class)
    ProblemDetail invalidVersion(InvalidVersionException e) {
        return problems.of(HttpStatus.BAD_REQUEST, "call.problem.if-match.title", "call.problem.if-match.invalid");
    }
}
