package cn.gov.hubei.jxt.pilot.monitoring.web;

import cn.gov.hubei.jxt.pilot.monitoring.MonitoringNotFoundException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRefusedException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRejectedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The monitoring API's errors as {@code application/problem+json}, built by {@link ApiProblems}. */
@RestControllerAdvice(assignableTypes = MonitoringApiController.class)
class MonitoringApiProblems {

    private final ApiProblems problems;

    MonitoringApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MonitoringNotFoundException.class)
    ProblemDetail notFound(MonitoringNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "monitoring.problem.not-found.title", "monitoring.problem.not-found");
    }

    @ExceptionHandler(MonitoringRejectedException.class)
    ProblemDetail rejected(MonitoringRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "monitoring.problem.invalid.title",
                "monitoring.problem.invalid", e.problems());
    }

    @ExceptionHandler(MonitoringRefusedException.class)
    ProblemDetail refused(MonitoringRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "monitoring.problem.refused.title", e);
    }
}
