package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileConflictException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileInvalidException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.RegistrationRefusedException;
import cn.gov.hubei.jxt.pilot.enterprise.internal.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The enterprise API's errors as {@code application/problem+json}: a title and a detail a person can read and, for
 * broken rules, {@code errors}: a list of {@code {field, message}} with the request's field names.
 */
@RestControllerAdvice(assignableTypes = {RegistrationApiController.class, ProfileApiController.class})
class EnterpriseApiProblems {

    private final MessageSource messages;

    EnterpriseApiProblems(MessageSource messages) {
        this.messages = messages;
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
        return problem(HttpStatus.CONFLICT, "enterprise.problem.conflict.title",
                text("enterprise.problem.conflict", String.valueOf(e.expectedVersion())));
    }

    @ExceptionHandler(MissingVersionException.class)
    ProblemDetail missingVersion(MissingVersionException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "enterprise.problem.if-match.title",
                text("enterprise.problem.if-match.missing"));
    }

    @ExceptionHandler(InvalidVersionException.class)
    ProblemDetail invalidVersion(InvalidVersionException e) {
        return problem(HttpStatus.BAD_REQUEST, "enterprise.problem.if-match.title",
                text("enterprise.problem.if-match.invalid"));
    }

    private ProblemDetail invalid(String detailKey, List<Violation> violations) {
        List<Violations.FieldProblem> errors = Violations.problems(violations, messages);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "enterprise.problem.invalid.title",
                text(detailKey, String.valueOf(errors.size())));
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
