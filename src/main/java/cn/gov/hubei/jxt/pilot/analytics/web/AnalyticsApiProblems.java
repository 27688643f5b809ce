package cn.gov.hubei.jxt.pilot.analytics.web;

import cn.gov.hubei.jxt.pilot.analytics.AnalyticsRefusedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The analytics API's errors as {@code application/problem+json}, built by {@link ApiProblems}. */
@RestControllerAdvice(assignableTypes = AnalyticsApiController.class)
class AnalyticsApiProblems {

    private final ApiProblems problems;

    AnalyticsApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ChartNotFoundException.class)
    ProblemDetail notFound(ChartNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "analytics.problem.not-found.title", "analytics.problem.not-found");
    }

    @ExceptionHandler(AnalyticsRefusedException.class)
    ProblemDetail refused(AnalyticsRefusedException e) {
        return problems.of(HttpStatus.FORBIDDEN, "analytics.problem.refused.title", "analytics.problem.refused");
    }
}
