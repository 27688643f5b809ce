package cn.gov.hubei.jxt.pilot.review.web;

import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewRefusedException;
import cn.gov.hubei.jxt.pilot.review.ReviewRejectedException;
import cn.gov.hubei.jxt.pilot.review.StaleSheetException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The review API's errors as {@code application/problem+json}, built by {@link ApiProblems}. */
@RestControllerAdvice(assignableTypes = ReviewApiController.class)
class ReviewApiProblems {

    private final ApiProblems problems;

    ReviewApiProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ReviewNotFoundException.class)
    ProblemDetail notFound(ReviewNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "review.problem.not-found.title", "review.problem.not-found");
    }

    @ExceptionHandler(ReviewRejectedException.class)
    ProblemDetail rejected(ReviewRejectedException e) {
        return problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "review.problem.invalid.title",
                "review.problem.invalid", e.problems());
    }

    @ExceptionHandler(ReviewRefusedException.class)
    ProblemDetail refused(ReviewRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "review.problem.refused.title", e);
    }

    @ExceptionHandler(StaleSheetException.class)
    ProblemDetail stale(StaleSheetException e) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "review.problem.stale.title", "review.sheet.stale");
        problem.setProperty("currentVersion", e.current().version());
        problem.setProperty("currentStatus", e.current().status().name());
        return problem;
    }
}
