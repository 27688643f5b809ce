package cn.gov.hubei.jxt.pilot.designation.web;

import cn.gov.hubei.jxt.pilot.designation.DesignationNotFoundException;
import cn.gov.hubei.jxt.pilot.designation.DesignationRefusedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationRejectedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The designation API's errors as {@code application/problem+json}, built by {@link ApiProblems}. */
@RestControllerAdvice(assignableTypes = {DesignationApiController.class, PublicCertificateApiController.class})
class DesignationApiProblems {

    private final ApiProblems problems;

    DesignationApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DesignationNotFoundException.class)
    ProblemDetail notFound(DesignationNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "designation.problem.not-found.title",
                "designation.problem.not-found");
    }

    @ExceptionHandler(DesignationRejectedException.class)
    ProblemDetail rejected(DesignationRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "designation.problem.invalid.title",
                "designation.problem.invalid", e.problems());
    }

    @ExceptionHandler(DesignationRefusedException.class)
    ProblemDetail refused(DesignationRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "designation.problem.refused.title", e);
    }
}
