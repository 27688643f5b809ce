package cn.gov.hubei.jxt.pilot.notification.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

/** The inbox API's errors as {@code application/problem+json}, in words a person can read. */
@RestControllerAdvice(assignableTypes = InboxApiController.class)
class InboxApiProblems {

    private final MessageSource messages;

    InboxApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** One invalid parameter. */
    record FieldProblem(String field, String message) {
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                text("inbox.api.not-found", String.valueOf(e.id)));
        problem.setTitle(text("inbox.api.not-found.title"));
        return problem;
    }

    @ExceptionHandler(InvalidPageException.class)
    ProblemDetail invalidPage(InvalidPageException e) {
        return invalid(new FieldProblem("page", text("inbox.api.page")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String field = e.getName();
        String key = switch (field) {
            case "page" -> "inbox.api.page";
            case "unread" -> "inbox.api.unread";
            default -> "inbox.api.id";
        };
        return invalid(new FieldProblem(field, text(key)));
    }

    private ProblemDetail invalid(FieldProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.message());
        detail.setTitle(text("inbox.api.invalid"));
        detail.setProperty("errors", List.of(problem));
        return detail;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
