package cn.gov.hubei.jxt.pilot.objection.web;

import cn.gov.hubei.jxt.pilot.objection.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionNotFoundException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRateLimitedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRefusedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRejectedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.stream.Collectors;

/**
 * The objection API's errors as {@code application/problem+json}, built by {@link ApiProblems}. A refusal of the
 * whole objection (outside the period, anonymous) is the problem's detail as well as an error without a field.
 */
@RestControllerAdvice(assignableTypes = {ObjectionApiController.class, PublicObjectionApiController.class})
class ObjectionApiProblems {

    private final ApiProblems problems;

    ObjectionApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ObjectionRejectedException.class)
    ProblemDetail rejected(ObjectionRejectedException e) {
        ProblemDetail problem = problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "objection.problem.invalid.title",
                "objection.problem.invalid", e.problems());
        String refusals = e.problems().stream().filter(p -> p.field() == null).map(problems::text)
                .collect(Collectors.joining(" "));
        if (!refusals.isEmpty()) {
            problem.setDetail(refusals);
        }
        return problem;
    }

    @ExceptionHandler(ObjectionRateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(ObjectionRateLimitedException e) {
        ProblemDetail problem = problems.of(HttpStatus.TOO_MANY_REQUESTS, "objection.problem.rate-limited.title",
                "objection.rate-limited", String.valueOf(e.retryAfterMinutes()));
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem);
    }

    @ExceptionHandler(NoticeNotFoundException.class)
    ProblemDetail noticeNotFound(NoticeNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "objection.problem.not-found.title", "objection.problem.notice-not-found",
                String.valueOf(e.noticeId()));
    }

    @ExceptionHandler(ObjectionNotFoundException.class)
    ProblemDetail notFound(ObjectionNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "objection.problem.not-found.title", "objection.problem.not-found",
                String.valueOf(e.caseId()));
    }

    @ExceptionHandler(PublicObjectionApiController.LookupFailedException.class)
    ProblemDetail lookupFailed() {
        return problems.of(HttpStatus.NOT_FOUND, "objection.problem.not-found.title", "objection.lookup.not-found");
    }

    @ExceptionHandler(ObjectionRefusedException.class)
    ProblemDetail refused(ObjectionRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "objection.problem.refused.title", e);
    }

}
