package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.intake.DecisionRejectedException;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewRefusedException;
import cn.gov.hubei.jxt.pilot.intake.NotWithProvinceException;
import cn.gov.hubei.jxt.pilot.intake.StaleDecisionException;
import cn.gov.hubei.jxt.pilot.intake.web.IntakeResources.ReviewResource;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The intake API's errors as {@code application/problem+json}, built by {@link ApiProblems}: which exception answers
 * with which status and title. Broken rules answer 422 with the {@code errors} list of {@code {field, message}}.
 */
@RestControllerAdvice(assignableTypes = IntakeApiController.class)
class IntakeApiProblems {

    private final ApiProblems problems;
    private final IntakeTexts texts;

    IntakeApiProblems(ApiProblems problems, IntakeTexts texts) {
        this.problems = problems;
        this.texts = texts;
    }

    @ExceptionHandler(NotWithProvinceException.class)
    ProblemDetail notWithProvince(NotWithProvinceException e) {
        return problems.of(HttpStatus.NOT_FOUND, "intake.problem.not-found.title", "intake.problem.not-found",
                String.valueOf(e.applicationId()));
    }

    @ExceptionHandler(CallNotFoundException.class)
    ProblemDetail callNotFound(CallNotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, "intake.problem.call-not-found.title",
                "intake.problem.call-not-found", String.valueOf(e.callId()));
    }

    @ExceptionHandler(DecisionRejectedException.class)
    ProblemDetail rejected(DecisionRejectedException e) {
        ProblemDetail problem = problems.invalid("intake.problem.invalid.title", "intake.problem.invalid",
                e.problems());
        problem.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return problem;
    }

    @ExceptionHandler(StaleDecisionException.class)
    ProblemDetail stale(StaleDecisionException e) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "intake.problem.stale.title", "intake.decide.stale",
                FieldProblem.label("application.status." + e.currentStatus().name()), e.currentVersionNo());
        problem.setProperty("currentStatus", e.currentStatus().name());
        problem.setProperty("currentVersionNo", e.currentVersionNo());
        e.latest().ifPresent(r -> problem.setProperty("latestReview", ReviewResource.of(r, texts)));
        return problem;
    }

    @ExceptionHandler(FormalReviewRefusedException.class)
    ProblemDetail refused(FormalReviewRefusedException e) {
        return problems.of(HttpStatus.CONFLICT, "intake.problem.refused.title", e);
    }
}
