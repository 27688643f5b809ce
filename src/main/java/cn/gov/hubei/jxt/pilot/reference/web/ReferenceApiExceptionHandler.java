package cn.gov.hubei.jxt.pilot.reference.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Errors of the reference API as application/problem+json, worded for people. */
@RestControllerAdvice(assignableTypes = ReferenceApiController.class)
class ReferenceApiExceptionHandler {

    private final MessageSource messages;

    ReferenceApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownVersionException.class)
    ProblemDetail unknownVersion(UnknownVersionException e) {
        String dataSet = text(e.dataSetKey());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                text("reference.api.unknownVersion.detail", dataSet, e.version(),
                        e.knownVersions().isEmpty() ? text("reference.api.noVersions")
                                : String.join(text("reference.listSeparator"), e.knownVersions())));
        problem.setTitle(text("reference.api.unknownVersion.title"));
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        String message = text("reference.api.missingParameter", e.getParameterName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(text("reference.api.badRequest.title"));
        problem.setProperty("errors", List.of(new FieldError(e.getParameterName(), message)));
        return problem;
    }

    /** One entry of the {@code errors} list that every problem of a rejected input carries. */
    record FieldError(String field, String message) {
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
