package cn.gov.hubei.jxt.pilot.notification.web;

import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

/** The inbox API's errors as {@code application/problem+json}, in words a person can read. */
@RestControllerAdvice(assignableTypes = InboxApiController.class)
class InboxApiProblems {

    private final ApiProblems problems;

    InboxApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    static final class EntryNotFoundException extends RuntimeException {
        final long id;

        EntryNotFoundException(long id) {
            super("no inbox entry " + id + " of the caller");
            this.id = id;
        }
    }

    static final class InvalidPageException extends RuntimeException {
        InvalidPageException() {
            super("page must be 0 or more");
        }
    }

    @ExceptionHandler(EntryNotFoundException.class)
    ProblemDetail notFound(EntryNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "inbox.api.not-found.title", "inbox.api.not-found",
                String.valueOf(e.id));
    }

    @ExceptionHandler(InvalidPageException.class)
    ProblemDetail invalidPage(InvalidPageException e) {
        return invalid("page", "inbox.api.page");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String field = e.getName();
        String key = switch (field) {
            case "page" -> "inbox.api.page";
            case "unread" -> "inbox.api.unread";
            default -> "inbox.api.id";
        };
        return invalid(field, key);
    }

    /** One invalid parameter: its message is the detail, and the one entry of {@code errors}. */
    private ProblemDetail invalid(String field, String key) {
        String message = problems.text(key);
        ProblemDetail detail = problems.withDetail(HttpStatus.BAD_REQUEST, "inbox.api.invalid", message);
        detail.setProperty("errors", List.of(new ApiProblems.FieldMessage(field, message)));
        return detail;
    }
}
