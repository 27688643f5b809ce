package cn.gov.hubei.jxt.pilot.reference.web;

import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Errors of the reference API as application/problem+json, worded for people. */
@RestControllerAdvice(assignableTypes = ReferenceApiController.class)
class ReferenceApiExceptionHandler {

    private final ApiProblems problems;

    ReferenceApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(UnknownVersionException.class)
    ProblemDetail unknownVersion(UnknownVersionException e) {
        String dataSet = problems.text(e.dataSetKey());
        return problems.of(HttpStatus.NOT_FOUND, "reference.api.unknownVersion.title",
                "reference.api.unknownVersion.detail", dataSet, e.version(),
                e.knownVersions().isEmpty() ? problems.text("reference.api.noVersions")
                        : String.join(problems.text("reference.listSeparator"), e.knownVersions()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        String message = problems.text("reference.api.missingParameter", e.getParameterName());
        ProblemDetail problem = problems.withDetail(HttpStatus.BAD_REQUEST, "reference.api.badRequest.title", message);
        problem.setProperty("errors", List.of(new ApiProblems.FieldMessage(e.getParameterName(), message)));
        return problem;
    }
}
