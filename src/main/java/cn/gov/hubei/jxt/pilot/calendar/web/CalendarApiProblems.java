package cn.gov.hubei.jxt.pilot.calendar.web;

import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Set;

/**
 * Errors of the calendar API as {@code application/problem+json}: a year without data is 422 with the Chinese
 * refusal; bad parameters are 400 with one {@code {field, message}} per parameter.
 */
@RestControllerAdvice(assignableTypes = CalendarApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarApiProblems {

    /** Parameters with their own message; any other gets a generic one. */
    private static final Set<String> KNOWN_FIELDS = Set.of("start", "count", "date");

    private final ApiProblems problems;

    CalendarApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CalendarNotLoadedException.class)
    ResponseEntity<ProblemDetail> notLoaded(CalendarNotLoadedException e) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "calendar.api.problem.not-loaded.title",
                e);
        problem.setProperty("year", e.year());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(fieldError(e.getName())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return invalid(List.of(fieldError(e.getParameterName())));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> constraintViolated(HandlerMethodValidationException e) {
        return invalid(e.getParameterValidationResults().stream()
                .map(result -> fieldError(result.getMethodParameter().getParameterName()))
                .distinct()
                .toList());
    }

    private ResponseEntity<ProblemDetail> invalid(List<ApiProblems.FieldMessage> errors) {
        ProblemDetail problem = problems.withDetail(HttpStatus.BAD_REQUEST, "calendar.api.problem.invalid.title",
                problems.text("calendar.api.problem.invalid.detail"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    // One message per parameter, whatever was wrong with it: a person fixes "count" the same way whether it was
    // 0, 400 or "abc".
    private ApiProblems.FieldMessage fieldError(String field) {
        String code = KNOWN_FIELDS.contains(field) ? "calendar.api.field." + field : "calendar.api.field.other";
        return new ApiProblems.FieldMessage(field, problems.text(code));
    }
}
