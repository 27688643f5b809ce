package cn.gov.hubei.jxt.pilot.publicity.web;

import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.publicity.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRefusedException;
import cn.gov.hubei.jxt.pilot.publicity.PublicityRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The notice APIs' errors as {@code application/problem+json}, built by {@link ApiProblems}. */
@RestControllerAdvice(assignableTypes = {PublicityApiController.class, PublicNoticeApiController.class})
class PublicityApiProblems {

    private final ApiProblems problems;

    PublicityApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoticeNotFoundException.class)
    ProblemDetail notFound(NoticeNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "publicity.problem.not-found.title", "publicity.problem.not-found");
    }

    @ExceptionHandler(PublicityRejectedException.class)
    ProblemDetail rejected(PublicityRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "publicity.problem.invalid.title",
                "publicity.problem.invalid", e.problems());
    }

    @ExceptionHandler(PublicityRefusedException.class)
    ProblemDetail refused(PublicityRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "publicity.problem.refused.title", e);
    }
}
