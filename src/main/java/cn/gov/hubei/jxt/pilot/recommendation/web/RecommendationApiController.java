package cn.gov.hubei.jxt.pilot.recommendation.web;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.internal.InvalidInputException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckInput;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Decisions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListSubmission;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Overview;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Prechecks;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Ranking;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationLists;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Reopening;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Workspaces;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Review;
import cn.gov.hubei.jxt.pilot.recommendation.internal.SubmittedFile;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.ApplicationItem;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.ListDetailsResource;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.ListResource;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.MoveRequest;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.OrderRequest;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.OverviewItem;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.PrecheckRequest;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.ReasonRequest;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.RecommendedItem;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.RemarkRequest;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.ReopenRequest;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.ReturnRequest;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.ReviewResource;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.SubmissionResource;
import cn.gov.hubei.jxt.pilot.recommendation.web.ApiResources.WorkspaceResource;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommendation as JSON, with the same permissions as the pages: a recommender acts for its own division (the
 * division comes from its account), another division's application or list is 404; the programme office reads every
 * list and reopens. Errors are {@code application/problem+json} with Chinese messages
 * ({@link RecommendationApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/recommendation", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recommendation", description = "推荐: 预审, 推荐/退回/不予推荐/撤销, 排序, 汇总表, 报送, 省厅汇总与重新开放")
class RecommendationApiController {

    private static final String PROBLEM = "application/problem+json";

    private final RecommendationLists lists;
    private final Workspaces workspaces;
    private final Prechecks prechecks;
    private final Decisions decisions;
    private final Ranking ranking;
    private final ListSubmission submission;
    private final Reopening reopening;
    private final Overview overview;
    private final RecommendationPermissions permissions;
    private final RecommendationMessages messages;
    private final ReferenceCatalog reference;

    RecommendationApiController(RecommendationLists lists, Workspaces workspaces, Prechecks prechecks,
                                Decisions decisions, Ranking ranking, ListSubmission submission,
                                Reopening reopening, Overview overview, RecommendationPermissions permissions,
                                RecommendationMessages messages, ReferenceCatalog reference) {
        this.lists = lists;
        this.workspaces = workspaces;
        this.prechecks = prechecks;
        this.decisions = decisions;
        this.ranking = ranking;
        this.submission = submission;
        this.reopening = reopening;
        this.overview = overview;
        this.permissions = permissions;
        this.messages = messages;
        this.reference = reference;
    }

    // -------------------------------------------------------------------------------------------- workspace

    @GetMapping("/calls/{callId}/applications")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "The recommender's workspace in a call",
            description = "The division's submitted applications with status, pre-check state and rank, the counts "
                    + "by status, and whether the list is still open. Filter by q (project or enterprise name) and "
                    + "status.")
    WorkspaceResource workspace(@PathVariable long callId, @RequestParam(required = false) String q,
                                @RequestParam(required = false) ApplicationStatus status,
                                @AuthenticationPrincipal CurrentUser user) {
        return WorkspaceResource.of(workspaces.workspace(call(callId), user, q, status), messages);
    }

    @GetMapping("/applications/{id}")
    @PreAuthorize("@recommendationPermissions.canRead(authentication)")
    @Operation(summary = "An application's pre-check",
            description = "The facts of the current submitted version on each of the eight recommendation "
                    + "conditions (seed §四), the verdicts saved for it, and the actions allowed now.")
    @ApiResponse(responseCode = "404", description = "No such application, or another division's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ReviewResource review(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return resource(prechecks.review(id, user), user);
    }

    @PutMapping(path = "/applications/{id}/precheck", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "Save the pre-check of the current version",
            description = "All eight conditions, each MET (符合), NOT_MET (不符合) or TO_VERIFY (待核实); a note is "
                    + "required for NOT_MET and TO_VERIFY (at most 500 characters).")
    @ApiResponse(responseCode = "422", description = "A verdict or a note is missing, or a note is too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ReviewResource precheck(@PathVariable long id, @RequestBody PrecheckRequest request,
                            @AuthenticationPrincipal CurrentUser user) {
        List<PrecheckInput> inputs = new ArrayList<>();
        if (request != null && request.items() != null) {
            request.items().stream().filter(i -> i != null && i.condition() != null)
                    .forEach(i -> inputs.add(new PrecheckInput(i.condition(), i.verdict(), i.note())));
        }
        prechecks.save(id, inputs, user);
        return resource(prechecks.review(id, user), user);
    }

    @PostMapping("/applications/{id}/recommend")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "推荐: add the application to the end of the division's list",
            description = "Refused without a complete pre-check of the current version, with a NOT_MET in it, "
                    + "when the call's quota is reached, after the deadline or once the list was submitted.")
    @ApiResponse(responseCode = "409", description = "Refused; the detail says why",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ReviewResource recommend(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        decisions.recommend(id, user);
        return resource(prechecks.review(id, user), user);
    }

    @PostMapping(path = "/applications/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "退回修改: return the application to the enterprise with the reasons",
            description = "A resubmission deadline is required once the filing window has closed; it may not lie "
                    + "after the division's recommendation deadline.")
    ReviewResource returnForRevision(@PathVariable long id, @RequestBody ReturnRequest request,
                                     @AuthenticationPrincipal CurrentUser user) {
        decisions.returnForRevision(id, request == null ? null : request.reason(),
                request == null ? null : request.deadline(), user);
        return resource(prechecks.review(id, user), user);
    }

    @PostMapping(path = "/applications/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "不予推荐, with the reason")
    ReviewResource decline(@PathVariable long id, @RequestBody ReasonRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        decisions.decline(id, request == null ? null : request.reason(), user);
        return resource(prechecks.review(id, user), user);
    }

    @PostMapping(path = "/applications/{id}/reconsider", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "撤销决定: take back a recommendation or a refusal while the list is open",
            description = "A recommended application leaves the list; the ones below it move up.")
    ReviewResource reconsider(@PathVariable long id, @RequestBody ReasonRequest request,
                              @AuthenticationPrincipal CurrentUser user) {
        decisions.reconsider(id, request == null ? null : request.reason(), user);
        return resource(prechecks.review(id, user), user);
    }

    // ---------------------------------------------------------------------------------------------- ranking

    @GetMapping("/calls/{callId}/ranking")
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "The division's ranked list", description = "The ETag carries the list version.")
    ResponseEntity<ListResource> ranking(@PathVariable long callId, @AuthenticationPrincipal CurrentUser user) {
        return withVersion(lists.ranking(call(callId), division(user)));
    }

    @PutMapping(path = "/calls/{callId}/ranking/order", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "Put the list in a new order",
            description = "applicationIds: every entry of the list once, first priority first; version: the list "
                    + "version the order was made on. A stale version is 409 with the current list.")
    @ApiResponse(responseCode = "409", description = "The list changed since (currentVersion, current order)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ListResource> order(@PathVariable long callId, @RequestBody OrderRequest request,
                                       @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ranking.reorder(callId(callId), version(request == null ? null : request.version()),
                request.applicationIds(), user));
    }

    @PostMapping(path = "/calls/{callId}/ranking/entries/{applicationId}/move",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "上移 / 下移: move one entry a place up or down", description = "direction: up or down.")
    ResponseEntity<ListResource> move(@PathVariable long callId, @PathVariable long applicationId,
                                      @RequestBody MoveRequest request, @AuthenticationPrincipal CurrentUser user) {
        String direction = request == null ? null : request.direction();
        if (!"up".equals(direction) && !"down".equals(direction)) {
            throw new InvalidInputException("direction", "recommendation.ranking.direction");
        }
        return withVersion(ranking.move(callId(callId), version(request.version()), applicationId,
                "up".equals(direction), user));
    }

    @PutMapping(path = "/calls/{callId}/ranking/entries/{applicationId}/remark",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "Set the 备注 of one entry", description = "At most 200 characters; blank clears it.")
    ResponseEntity<ListResource> remark(@PathVariable long callId, @PathVariable long applicationId,
                                        @RequestBody RemarkRequest request,
                                        @AuthenticationPrincipal CurrentUser user) {
        return withVersion(ranking.remark(callId(callId), version(request == null ? null : request.version()),
                applicationId, request.remark(), user));
    }

    @GetMapping(path = "/calls/{callId}/ranking/summary.docx", produces = MediaType.ALL_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "The 汇总表 (附件2) of the list as it stands, as .docx")
    ResponseEntity<byte[]> docx(@PathVariable long callId, @AuthenticationPrincipal CurrentUser user) {
        CallSummary call = call(callId);
        return Downloads.attachment(submission.fileName(call, division(user), "docx"), FileKind.DOCX.mediaType(),
                submission.docx(submission.summaryTable(call, division(user))));
    }

    @GetMapping(path = "/calls/{callId}/ranking/summary.xlsx", produces = MediaType.ALL_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "The 汇总表 (附件2) of the list as it stands, as .xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long callId, @AuthenticationPrincipal CurrentUser user) {
        CallSummary call = call(callId);
        return Downloads.attachment(submission.fileName(call, division(user), "xlsx"), FileKind.XLSX.mediaType(),
                submission.xlsx(submission.summaryTable(call, division(user))));
    }

    @PostMapping(path = "/calls/{callId}/submission", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@recommendationPermissions.isRecommender(authentication)")
    @Operation(summary = "Submit the list to the province",
            description = "With the stamped scan of the 汇总表 (part 'scan': PDF, JPG or PNG). The generated .docx "
                    + "and .xlsx are stored with it. Idempotent by the Idempotency-Key header: a repeated request "
                    + "returns the same submission (repeated: true). While applications of the division are not "
                    + "settled (returned and awaiting resubmission, or not yet decided) the answer is 409 with them "
                    + "as unsettled[] unless confirmUnsettled=true: after the submission nobody can act on them "
                    + "until the programme office reopens the list.")
    @ApiResponse(responseCode = "409", description = "Refused: submitted already, past the deadline, empty, or "
            + "applications unsettled and not confirmed (unsettled[])",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The scan is missing or no PDF, JPG or PNG",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    SubmissionResource submit(@PathVariable long callId,
                              @Parameter(description = "a key unique to this submission, e.g. a UUID")
                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                              @RequestPart(name = "scan", required = false) MultipartFile scan,
                              @Parameter(description = "submit although applications are unsettled")
                              @RequestParam(defaultValue = "false") boolean confirmUnsettled,
                              @AuthenticationPrincipal CurrentUser user) {
        try (InputStream content = scan == null || scan.isEmpty() ? null : scan.getInputStream()) {
            return SubmissionResource.of(submission.submit(callId(callId), key,
                    scan == null ? null : scan.getOriginalFilename(), content, confirmUnsettled, user), messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------ programme office

    @GetMapping("/calls/{callId}/overview")
    @PreAuthorize("@recommendationPermissions.isOfficer(authentication)")
    @Operation(summary = "The intake overview: all 17 divisions",
            description = "Submitted or not, when, on time or late, recommended against the quota.")
    List<OverviewItem> overview(@PathVariable long callId) {
        return overview.overview(call(callId).id()).stream().map(r -> OverviewItem.of(r, messages)).toList();
    }

    @GetMapping("/calls/{callId}/recommended")
    @PreAuthorize("@recommendationPermissions.isOfficer(authentication)")
    @Operation(summary = "All recommended applications of the call with their rank inside their division")
    List<RecommendedItem> recommended(@PathVariable long callId) {
        return overview.recommended(call(callId).id()).stream().map(RecommendedItem::of).toList();
    }

    @GetMapping("/calls/{callId}/lists/{division}")
    @PreAuthorize("@recommendationPermissions.canRead(authentication)")
    @Operation(summary = "A division's list with its submissions and reopenings",
            description = "The programme office reads every division's; a recommender its own only (else 404).")
    ListDetailsResource list(@PathVariable long callId, @PathVariable String division,
                             @AuthenticationPrincipal CurrentUser user) {
        readable(user, division);
        return ListDetailsResource.of(overview.details(call(callId), division), messages);
    }

    @PostMapping(path = "/calls/{callId}/lists/{division}/reopen", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@recommendationPermissions.isOfficer(authentication)")
    @Operation(summary = "Reopen a submitted list",
            description = "With the reason and optionally a new deadline for the division; without one the list "
                    + "stays open until the recommender submits it again (a submission after the call's deadline is "
                    + "marked late).")
    ListResource reopen(@PathVariable long callId, @PathVariable String division, @RequestBody ReopenRequest request,
                        @AuthenticationPrincipal CurrentUser user) {
        readable(user, division);
        return ListResource.of(reopening.reopen(callId(callId), division, request == null ? null : request.reason(),
                request == null ? null : request.deadline(), user), messages);
    }

    @GetMapping(path = "/calls/{callId}/lists/{division}/files/{role}", produces = MediaType.ALL_VALUE)
    @PreAuthorize("@recommendationPermissions.canRead(authentication)")
    @Operation(summary = "A file of the last submission: scan, docx or xlsx")
    ResponseEntity<byte[]> file(@PathVariable long callId, @PathVariable String division, @PathVariable String role,
                                @AuthenticationPrincipal CurrentUser user) {
        readable(user, division);
        SubmittedFile.Role which = SubmittedFile.Role.of(role);
        if (which == null) {
            throw new RecommendationApiProblems.NotFound();
        }
        return Downloads.file(overview.submittedFile(call(callId).id(), division, which)
                .orElseThrow(RecommendationApiProblems.NotFound::new));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private ReviewResource resource(Review review, CurrentUser user) {
        List<String> actions = new ArrayList<>();
        if (permissions.canDecide(user, review.application(), review.list())) {
            if (review.canPrecheck()) {
                actions.add("precheck");
            }
            for (ApplicationTransition t : List.of(ApplicationTransition.RECOMMEND, ApplicationTransition.RETURN,
                    ApplicationTransition.DECLINE, ApplicationTransition.RECONSIDER)) {
                if (review.can(t)) {
                    actions.add(t.code());
                }
            }
        }
        return ReviewResource.of(review, actions, RecommendationPermissions.isRecommender(user), messages);
    }

    private ResponseEntity<ListResource> withVersion(RecommendationList list) {
        return ResponseEntity.ok().eTag("\"" + list.version() + "\"").body(ListResource.of(list, messages));
    }

    private CallSummary call(long callId) {
        return lists.call(callId).orElseThrow(RecommendationApiProblems.NotFound::new);
    }

    private long callId(long callId) {
        return call(callId).id();
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "recommendation.ranking.version-missing");
        }
        return version;
    }

    private void readable(CurrentUser user, String division) {
        if (reference.division(division).isEmpty() || !RecommendationPermissions.canReadList(user, division)) {
            throw new RecommendationApiProblems.NotFound();
        }
    }

    private static String division(CurrentUser user) {
        return user.divisionCode().orElseThrow();
    }
}
