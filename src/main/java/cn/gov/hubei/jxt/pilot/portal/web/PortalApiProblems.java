package cn.gov.hubei.jxt.pilot.portal.web;

import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.portal.ScenarioNotFoundException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioRefusedException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The portal APIs' errors as {@code application/problem+json}, built by {@link ApiProblems}. */
@RestControllerAdvice(assignableTypes = {PortalApiController.class, PublicApiController.class})
class PortalApiProblems {

    /** No designated project with this id. */
    static final class ProjectNotFound extends RuntimeException {
        final long id;

        ProjectNotFound(long id) {
            super("designated project " + id + " not found");
            this.id = id;
        }
    }

    private final ApiProblems problems;

    PortalApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ScenarioNotFoundException.class)
    ProblemDetail notFound(ScenarioNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "portal.problem.not-found.title", "portal.problem.not-found",
                String.valueOf(e.scenarioId()));
    }

    @ExceptionHandler(ProjectNotFound.class)
    ProblemDetail projectNotFound(ProjectNotFound e) {
        return problems.of(HttpStatus.NOT_FOUND, "portal.problem.not-found.title",
                "portal.problem.project-not-found", String.valueOf(e.id));
    }

    @ExceptionHandler(ScenarioRefusedException.class)
    ProblemDetail refused(ScenarioRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "portal.problem.refused.title", e);
    }

    @ExceptionHandler(ScenarioRejectedException.class)
    ProblemDetail rejected(ScenarioRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "portal.problem.invalid.title",
                "portal.problem.invalid", e.problems());
    }
}
