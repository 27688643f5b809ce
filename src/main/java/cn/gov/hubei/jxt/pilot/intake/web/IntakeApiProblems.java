package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.intake.DecisionRejectedException;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewRefusedException;
import cn.gov.hubei.jxt.pilot.intake.NotWithProvinceException;
import cn.gov.hubei.jxt.pilot.intake.StaleDecisionException;
import cn.gov.hubei.jxt.pilot.intake.web.IntakeResources.FieldMessage;
import cn.gov.hubei.jxt.pilot.intake.web.IntakeResources.ReviewResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The intake API's errors as {@code application/problem+json}: a title and a detail in Chinese, and for broken rules
 * an {@code errors} list of {@code {field, message}}.
 */
@RestControllerAdvice(assignableTypes = IntakeApiController.class)
class IntakeApiProblems {

    private final IntakeTexts texts;

    IntakeApiProblems(IntakeTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(NotWithProvinceException.class)
    ProblemDetail notWithProvince(NotWithProvinceException e) {
        return problem(HttpStatus.NOT_FOUND, "intake.problem.not-found.title",
                texts.text("intake.problem.not-found", String.valueOf(e.applicationId())));
    }

    @ExceptionHandler(CallNotFoundException.class)
    ProblemDetail callNotFound(CallNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "intake.problem.call-not-found.title",
                texts.text("intake.problem.call-not-found", String.valueOf(e.callId())));
    }

    @ExceptionHandler(DecisionRejectedException.class)
    ProblemDetail rejected(DecisionRejectedException e) {
        List<FieldMessage> errors = e.problems().stream()
                .map(p -> new FieldMessage(p.field(), texts.text(p))).toList();
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "intake.problem.invalid.title",
                texts.text("intake.problem.invalid", errors.size()));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(StaleDecisionException.class)
    ProblemDetail stale(StaleDecisionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "intake.problem.stale.title",
                texts.text("intake.decide.stale", texts.text("application.status." + e.currentStatus().name()),
                        e.currentVersionNo()));
        problem.setProperty("currentStatus", e.currentStatus().name());
        problem.setProperty("currentVersionNo", e.currentVersionNo());
        e.latest().ifPresent(r -> problem.setProperty("latestReview", ReviewResource.of(r, texts)));
        return problem;
    }

    @ExceptionHandler(FormalReviewRefusedException.class)
    ProblemDetail refused(FormalReviewRefusedException e) {
        return problem(HttpStatus.CONFLICT, "intake.problem.refused.title", texts.text(e));
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(texts.text(titleKey));
        return problem;
    }
}
