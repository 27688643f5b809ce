package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems.FieldMessage;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListConflictException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.UnsettledApplicationsException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

/**
 * The recommendation API's errors as {@code application/problem+json}: which exception is which status and title;
 * every answer is built by the one factory ({@link ApiProblems}), with the detail in this module's words (refusals
 * name statuses and times as people read them), and for broken rules an {@code errors} list of
 * {@code {field, message}} (422).
 */
@RestControllerAdvice(assignableTypes = RecommendationApiController.class)
class RecommendationApiProblems {

    private final ApiProblems problems;
    private final RecommendationMessages messages;

    RecommendationApiProblems(ApiProblems problems, RecommendationMessages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** A call, a division or a file that does not exist or that the caller may not see. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("not found");
        }
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ProblemDetail applicationNotFound(ApplicationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "recommendation.problem.not-found.title",
                messages.text("recommendation.problem.application-not-found", e.applicationId()));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "recommendation.problem.not-found.title",
                messages.text("recommendation.problem.not-found"));
    }

    @ExceptionHandler(RecommendationRefusedException.class)
    ProblemDetail refused(RecommendationRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "recommendation.problem.refused.title",
                messages.text(e));
        if (e instanceof UnsettledApplicationsException unsettled) {
            problem.setProperty("unsettled", unsettled.applications().stream()
                    .map(a -> new UnsettledApplication(a.id(), a.projectName(), a.enterpriseName(), a.status().name(),
                            messages.text("application.status." + a.status().name())))
                    .toList());
        }
        return problem;
    }

    /** An application the submission of the list would leave behind. */
    record UnsettledApplication(long applicationId, String projectName, String enterpriseName, String status,
                                String statusLabel) {
    }

    @ExceptionHandler(ApplicationActionRefusedException.class)
    ProblemDetail refused(ApplicationActionRefusedException e) {
        return problem(HttpStatus.CONFLICT, "recommendation.problem.refused.title", messages.text(e));
    }

    @ExceptionHandler(ListConflictException.class)
    ProblemDetail conflict(ListConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "recommendation.problem.conflict.title",
                messages.text("recommendation.ranking.conflict", e.expectedVersion(), e.current().version()));
        problem.setProperty("currentVersion", e.current().version());
        problem.setProperty("currentOrder", e.current().entries().stream().map(RankedEntry::applicationId).toList());
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.problems().stream().map(p -> new FieldMessage(p.field(), messages.text(p))).toList());
    }

    @ExceptionHandler(FileRejectedException.class)
    ProblemDetail fileRejected(FileRejectedException e) {
        return invalid(List.of(new FieldMessage("scan", e.getMessage())));
    }

    @ExceptionHandler(DamagedFileException.class)
    ProblemDetail damaged(DamagedFileException e) {
        return problem(HttpStatus.CONFLICT, "recommendation.problem.damaged.title",
                messages.text("recommendation.problem.damaged"));
    }

    /** A path or query value of the wrong type; an unreadable body is answered by the shell's one handler. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail unreadable(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "recommendation.problem.unreadable.title",
                messages.text("recommendation.problem.unreadable"));
    }

    /** A broken rule is 422 here (the API's documented answer), with the factory's {@code errors}. */
    private ProblemDetail invalid(List<FieldMessage> errors) {
        ProblemDetail problem = problems.invalidMessages("recommendation.problem.invalid.title",
                "recommendation.problem.invalid", errors);
        problem.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        return problems.withDetail(status, titleKey, detail);
    }
}
