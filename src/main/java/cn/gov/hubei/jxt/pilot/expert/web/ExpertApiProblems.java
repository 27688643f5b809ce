package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The expert API's refusals as {@code application/problem+json} through {@link ApiProblems}: not visible 404, broken
 * rules 400 with their fields, not the office's 403, a stale version 409, a missing If-Match 428, other refusals 409.
 */
@RestControllerAdvice(assignableTypes = ExpertApiController.class)
class ExpertApiProblems {

    private final ApiProblems problems;

    ExpertApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    static long versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingVersionException();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ExpertRefusedException("expert.changed-meanwhile");
        }
    }

    static final class MissingVersionException extends RuntimeException {
        MissingVersionException() {
            super("If-Match is missing");
        }
    }

    @ExceptionHandler(MissingVersionException.class)
    ProblemDetail missingVersion() {
        return problems.of(HttpStatus.PRECONDITION_REQUIRED, "expert.problem.version.title",
                "expert.problem.version-missing");
    }

    @ExceptionHandler(ExpertRefusedException.class)
    ProblemDetail refused(ExpertRefusedException e) {
        if (e.isNotFound() || e.code().equals("expert.conflict.application-not-found")) {
            return problems.of(HttpStatus.NOT_FOUND, "expert.problem.not-found.title", e);
        }
        if (!e.problems().isEmpty()) {
            return problems.invalid("expert.problem.invalid.title", "expert.invalid", e.problems());
        }
        if (e.code().equals("expert.not-officer")) {
            return problems.of(HttpStatus.FORBIDDEN, "expert.problem.forbidden.title", e);
        }
        return problems.of(HttpStatus.CONFLICT, "expert.problem.refused.title", e);
    }
}
