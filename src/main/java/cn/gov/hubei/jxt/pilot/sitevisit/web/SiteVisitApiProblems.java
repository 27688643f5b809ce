package cn.gov.hubei.jxt.pilot.sitevisit.web;

import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitNotFoundException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRefusedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The site-visit API's errors as {@code application/problem+json}, built by {@link ApiProblems}. */
@RestControllerAdvice(assignableTypes = SiteVisitApiController.class)
class SiteVisitApiProblems {

    private final ApiProblems problems;

    SiteVisitApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(SiteVisitNotFoundException.class)
    ProblemDetail notFound(SiteVisitNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "sitevisit.problem.not-found.title", "sitevisit.problem.not-found");
    }

    @ExceptionHandler(SiteVisitRefusedException.class)
    ProblemDetail refused(SiteVisitRefusedException e) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "sitevisit.problem.refused.title", e);
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(SiteVisitRejectedException.class)
    ProblemDetail rejected(SiteVisitRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "sitevisit.problem.invalid.title",
                "sitevisit.problem.invalid", e.problems());
    }
}
