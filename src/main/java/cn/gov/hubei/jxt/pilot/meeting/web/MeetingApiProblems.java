package cn.gov.hubei.jxt.pilot.meeting.web;

import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRejectedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The meeting API's errors as {@code application/problem+json}, built by {@link ApiProblems}: a meeting the person may
 * not see is 404, a refusal (status, infeasible draw, no reserve fits) 409, broken field rules 422 with
 * {@code errors}.
 */
@RestControllerAdvice(assignableTypes = MeetingApiController.class)
class MeetingApiProblems {

    private final ApiProblems problems;

    MeetingApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MeetingNotFoundException.class)
    ProblemDetail notFound(MeetingNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "meeting.problem.not-found.title", "meeting.problem.not-found");
    }

    @ExceptionHandler(MeetingRefusedException.class)
    ProblemDetail refused(MeetingRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "meeting.problem.refused.title", e);
    }

    @ExceptionHandler(MeetingRejectedException.class)
    ProblemDetail rejected(MeetingRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "meeting.problem.invalid.title",
                "meeting.problem.invalid", e.problems());
    }
}
