package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.call.CallActionRefusedException;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallValidationException;
import cn.gov.hubei.jxt.pilot.call.CallVersionConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Locale;

/**
 * The API's errors as {@code application/problem+json}: a title and detail a person can read, and for broken rules
 * an {@code errors} list of {@code {field, message}} with the same field names as the request.
 */
@RestControllerAdvice(assignableTypes = CallApiController.class)
class CallApiProblems {

    private final MessageSource messages;

    CallApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One broken rule, beside the field it concerns. */
    record FieldProblem(String field, String message) {
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
        return problem(HttpStatus.NOT_FOUND, "call.problem.not-found.title",
                text("call.problem.not-found", String.valueOf(e.callId())));
    }

    @ExceptionHandler(CallValidationException.class)
    ProblemDetail invalid(CallValidationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return invalid(e.violations().stream()
                .map(v -> new FieldProblem(v.field(), messages.getMessage(v, locale)))
                .toList());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map((FieldError error) -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
                .toList());
    }

    @ExceptionHandler(CallActionRefusedException.class)
    ProblemDetail refused(CallActionRefusedException e) {
        return problem(HttpStatus.CONFLICT, "call.problem.refused.title",
                messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(CallVersionConflictException.class)
    ProblemDetail conflict(CallVersionConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "call.problem.conflict.title",
                text("call.problem.conflict", String.valueOf(e.currentVersion()),
                        String.valueOf(e.expectedVersion())));
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(MissingVersionException.class)
    ProblemDetail missingVersion(MissingVersionException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "call.problem.if-match.title",
                text("call.problem.if-match.missing"));
    }

    @ExceptionHandler(InvalidVersionException.class)
    ProblemDetail invalidVersion(InvalidVersionException e) {
        return problem(HttpStatus.BAD_REQUEST, "call.problem.if-match.title", text("call.problem.if-match.invalid"));
    }

    private ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "call.problem.invalid.title",
                text("call.problem.invalid", String.valueOf(errors.size())));
        problem.setProperty("errors", errors);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titleKey));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
