package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.intake.DecisionProblem;
import cn.gov.hubei.jxt.pilot.intake.DecisionRejectedException;
import cn.gov.hubei.jxt.pilot.intake.FormalReview;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.QueueFilter;
import cn.gov.hubei.jxt.pilot.intake.NotWithProvinceException;
import cn.gov.hubei.jxt.pilot.intake.web.IntakeResources.DecisionRequest;
import cn.gov.hubei.jxt.pilot.intake.web.IntakeResources.QueueResource;
import cn.gov.hubei.jxt.pilot.intake.web.IntakeResources.ReviewResource;
import cn.gov.hubei.jxt.pilot.intake.web.IntakeResources.ReviewsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The province's intake as JSON, with the same permission and rules as the pages: officers only; an application not
 * with the province is 404; errors are {@code application/problem+json} ({@link IntakeApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/intake", produces = "application/json")
@PreAuthorize("@intakePermissions.canReview(authentication)")
@Tag(name = "Intake", description = "形式审查: the province's intake queue and formal review of recommended applications")
class IntakeApiController {

    private final IntakeQueue queue;
    private final FormalReviews reviews;
    private final IntakeTexts texts;

    IntakeApiController(IntakeQueue queue, FormalReviews reviews, IntakeTexts texts) {
        this.queue = queue;
        this.reviews = reviews;
        this.texts = texts;
    }

    @GetMapping("/calls/{callId}/queue")
    @Operation(summary = "A call's intake queue",
            description = "The call's applications with the province, awaiting review first (oldest first), then "
                    + "requested corrections (nearest deadline first), then decided ones; counts per status and per "
                    + "division (all 17) over all of them.")
    @ApiResponse(responseCode = "404", description = "No such call",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    QueueResource queue(@PathVariable long callId,
                        @Parameter(description = "division code, e.g. 420100") @RequestParam(required = false) String division,
                        @Parameter(description = "AWAITING or one status with the province")
                        @RequestParam(required = false) String status,
                        @Parameter(description = "text in the project or enterprise name, or the application number")
                        @RequestParam(required = false) String q) {
        String d = division == null || division.isBlank() ? null : division.strip();
        return QueueResource.of(queue.queue(callId, new QueueFilter(d, QueueStatusFilter.statuses(status), q)), texts);
    }

    @GetMapping("/applications/{id}/reviews")
    @Operation(summary = "An application's formal reviews",
            description = "The application with the province, its decisions oldest first, the conclusions a "
                    + "decision may take now, and the proposed correction due date (5 working days after today).")
    @ApiResponse(responseCode = "404", description = "No such application, or not with the province",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ReviewsResource reviews(@PathVariable long id) {
        ApplicationSummary application = queue.withProvince(id).orElseThrow(() -> new NotWithProvinceException(id));
        boolean correction = application.status() == ApplicationStatus.CORRECTION_REQUESTED;
        return ReviewsResource.of(application, ApplicationStatusGroup.AWAITING_FORMAL_REVIEW.contains(application.status()),
                correction ? application.returnDeadline() : null, reviews.correctionOverdue(application),
                reviews.allowedOutcomes(application), reviews.defaultCorrectionDueDate().orElse(null),
                reviews.reviewsOf(id), texts);
    }

    @PostMapping(path = "/applications/{id}/decisions", consumes = "application/json")
    @Operation(summary = "Decide the formal review of an application",
            description = "Records the decision and changes the application's status (形式审查通过 / 待补正 / "
                    + "形式审查未通过) in one transaction. The request names the version and status it is about; a "
                    + "repeated or stale request is refused with 409 and records nothing. An application waiting for "
                    + "a correction (待补正) can only be failed, and only once its correction deadline has passed "
                    + "without a submission (409 before).")
    @ApiResponse(responseCode = "201", description = "Recorded; Location points to the application's reviews")
    @ApiResponse(responseCode = "404", description = "No such application, or not with the province",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already decided, changed meanwhile, not awaiting review, or a "
            + "correction whose deadline has not passed (or, once passed, an outcome other than FAIL)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A rule is broken: errors lists {field, message}",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReviewResource> decide(@PathVariable long id, @RequestBody DecisionRequest request,
                                          @AuthenticationPrincipal CurrentUser user) {
        queue.withProvince(id).orElseThrow(() -> new NotWithProvinceException(id));
        DecisionInput input = request.input(id);
        List<DecisionProblem> problems = input.problems(reviews);
        if (!problems.isEmpty()) {
            throw new DecisionRejectedException(problems);
        }
        FormalReview review = reviews.decide(input.decision(), user.username());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/intake/applications/{id}/reviews").buildAndExpand(id).toUri())
                .body(ReviewResource.of(review, texts));
    }
}
