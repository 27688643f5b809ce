package cn.gov.hubei.jxt.pilot.review.web;

import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.review.MeetingResults;
import cn.gov.hubei.jxt.pilot.review.Proposal;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.review.ReviewDocuments;
import cn.gov.hubei.jxt.pilot.review.ReviewNotFoundException;
import cn.gov.hubei.jxt.pilot.review.ReviewResults;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.RubricDraft;
import cn.gov.hubei.jxt.pilot.review.Rubrics;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.ScoreSheets;
import cn.gov.hubei.jxt.pilot.review.SheetDraft;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The review as JSON, with the same permissions and rules as the pages: the office's rubric, results, thresholds,
 * proposal and unlocking; the expert's workspace and sheets. Whatever the caller may not read is 404; errors are
 * {@code application/problem+json} ({@link ReviewApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/review", produces = "application/json")
@Tag(name = "Review", description = "专家评审: rubric, score sheets, aggregated results and the proposal for the 公示")
class ReviewApiController {

    private final Rubrics rubrics;
    private final ScoreSheets sheets;
    private final ReviewResults results;
    private final Proposals proposals;
    private final ReviewDocuments documents;
    private final ReviewPageController pages;
    private final Calls calls;

    ReviewApiController(Rubrics rubrics, ScoreSheets sheets, ReviewResults results, Proposals proposals,
                        ReviewDocuments documents, ReviewPageController pages, Calls calls) {
        this.rubrics = rubrics;
        this.sheets = sheets;
        this.results = results;
        this.proposals = proposals;
        this.documents = documents;
        this.pages = pages;
        this.calls = calls;
    }

    record CriterionRequest(String code, String name, String weight, String maxPoints, String guidance) {
    }

    @Schema(description = "A new version of the rubric: criteria (decimals as text, at most 2 places) and the "
            + "tie-break keys in order (criterion:CODE, CITY_RANK, SUBMITTED_AT)")
    record RubricRequest(List<CriterionRequest> criteria, List<String> tieBreak) {
    }

    @Schema(description = "A sheet's scores and comments by criterion code (decimals as text), the overall opinion "
            + "and the version the client last read")
    record SheetRequest(Map<String, String> scores, Map<String, String> comments, String opinion, long version) {
        SheetDraft draft() {
            return new SheetDraft(scores, comments, opinion, version);
        }
    }

    record UnlockRequest(String reason, long version) {
    }

    record ThresholdsRequest(String range, String standardDeviation) {
    }

    record ProposalRequest(List<ProposalLine> lines) {
    }

    record WorkspaceResource(List<ReviewPageController.WorkMeeting> meetings) {
    }

    // ---- office

    @GetMapping("/calls/{callId}/rubric")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "A call's current rubric", description = "Version 1 is the 2020 default, created on first use.")
    @ApiResponse(responseCode = "404", description = "No such call",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Rubric rubric(@PathVariable long callId) {
        requireCall(callId);
        return rubrics.current(callId);
    }

    @GetMapping("/calls/{callId}/rubric/versions")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "Every version of a call's rubric, newest first")
    List<Rubric> rubricVersions(@PathVariable long callId) {
        requireCall(callId);
        rubrics.current(callId);
        return rubrics.versions(callId);
    }

    @PutMapping(path = "/calls/{callId}/rubric", consumes = "application/json")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "Save a new version of the call's rubric",
            description = "Σ weight × max points must be 100. Refused (409) once a sheet is submitted.")
    @ApiResponse(responseCode = "409", description = "The rubric is locked",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A rule is broken: errors lists {field, message}",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Rubric saveRubric(@PathVariable long callId, @RequestBody RubricRequest request,
                      @AuthenticationPrincipal CurrentUser user) {
        requireCall(callId);
        List<RubricDraft.CriterionDraft> criteria = request.criteria() == null ? List.of() : request.criteria().stream()
                .map(c -> new RubricDraft.CriterionDraft(c.code(), c.name(), c.weight(), c.maxPoints(), c.guidance()))
                .toList();
        return rubrics.save(callId, new RubricDraft(criteria, request.tieBreak()), user);
    }

    @GetMapping("/meetings/{meetingId}/results")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "A meeting's aggregated results",
            description = "Rows in overall rank order: trimmed mean (5 or more sheets: one highest and one lowest "
                    + "dropped), range and population standard deviation with their flags, the mean z-score beside "
                    + "the score, missing sheets (late once the meeting is closed), the city's rank, the site visit's "
                    + "conclusion and the pending proposal.")
    @ApiResponse(responseCode = "404", description = "No such meeting, or not yet drawn",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    MeetingResults results(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user) {
        return results.results(meetingId, user);
    }

    @PutMapping(path = "/meetings/{meetingId}/thresholds", consumes = "application/json")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "Set the spread thresholds of a meeting's results (blank: no flag)")
    MeetingResults thresholds(@PathVariable long meetingId, @RequestBody ThresholdsRequest request,
                              @AuthenticationPrincipal CurrentUser user) {
        results.setThresholds(meetingId, request.range(), request.standardDeviation(), user);
        return results.results(meetingId, user);
    }

    @GetMapping("/meetings/{meetingId}/proposals")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "The meeting's recorded proposals (pending decisions)")
    Collection<Proposal> proposals(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user) {
        MeetingSummary meeting = results.results(meetingId, user).meeting();
        return proposals.of(meeting.id(), user).values();
    }

    @PostMapping(path = "/meetings/{meetingId}/proposals", consumes = "application/json")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "Record the proposal for the 公示",
            description = "Each line: the application, proposed or not, the reason (required when not proposed). "
                    + "Recorded as pending decisions of kind review.proposal in batch review/call-<id>; recording "
                    + "again replaces. Nobody outside the office sees them until the batch is released.")
    @ApiResponse(responseCode = "409", description = "The meeting has not started, or the batch is released",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A line breaks a rule",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<Proposal> propose(@PathVariable long meetingId, @RequestBody ProposalRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        return proposals.record(meetingId, request.lines(), user);
    }

    @GetMapping("/meetings/{meetingId}/sheets")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "Every score sheet of a meeting (office)")
    List<ScoreSheet> meetingSheets(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user) {
        results.results(meetingId, user);
        return sheets.ofMeeting(meetingId, user);
    }

    @PostMapping(path = "/sheets/{sheetId}/unlock", consumes = "application/json")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "Unlock a submitted sheet with a reason (the expert is told)")
    @ApiResponse(responseCode = "409", description = "Not submitted, the meeting not under way, or stale",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ScoreSheet unlock(@PathVariable long sheetId, @RequestBody UnlockRequest request,
                      @AuthenticationPrincipal CurrentUser user) {
        return sheets.unlock(sheetId, request.reason(), request.version(), user);
    }

    @GetMapping(path = "/meetings/{meetingId}/summary.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "The meeting's 评审汇总表 (.xlsx)")
    ResponseEntity<byte[]> summaryXlsx(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user) {
        return ReviewPageController.file(documents.summaryXlsx(meetingId, user), "summary-" + meetingId + ".xlsx",
                ReviewPageController.XLSX);
    }

    @GetMapping(path = "/meetings/{meetingId}/summary.docx",
            produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication)")
    @Operation(summary = "The meeting's 评审汇总表 (.docx)")
    ResponseEntity<byte[]> summaryDocx(@PathVariable long meetingId, @AuthenticationPrincipal CurrentUser user) {
        return ReviewPageController.file(documents.summaryDocx(meetingId, user), "summary-" + meetingId + ".docx",
                ReviewPageController.DOCX);
    }

    // ---- expert (and the office for a sheet's document)

    @GetMapping("/workspace")
    @PreAuthorize("@reviewPermissions.usesWorkspace(authentication)")
    @Operation(summary = "The expert's seats by meeting, with their sheets")
    WorkspaceResource workspace(@AuthenticationPrincipal CurrentUser user) {
        return new WorkspaceResource(pages.workspace(user));
    }

    @GetMapping("/meetings/{meetingId}/applications/{applicationId}/sheet")
    @PreAuthorize("@reviewPermissions.usesWorkspace(authentication)")
    @Operation(summary = "The expert's sheet of an application (created as an empty draft on first reading)")
    @ApiResponse(responseCode = "404", description = "Not the caller's seat, conflicted, invitation or pledge "
            + "missing, or unknown", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    ScoreSheet sheet(@PathVariable long meetingId, @PathVariable long applicationId,
                     @AuthenticationPrincipal CurrentUser user) {
        return sheets.open(meetingId, applicationId, user);
    }

    @PutMapping(path = "/meetings/{meetingId}/applications/{applicationId}/sheet", consumes = "application/json")
    @PreAuthorize("@reviewPermissions.usesWorkspace(authentication)")
    @Operation(summary = "Save the sheet as a draft (autosave)")
    @ApiResponse(responseCode = "409", description = "Stale version, submitted, or the meeting not under way",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ScoreSheet save(@PathVariable long meetingId, @PathVariable long applicationId, @RequestBody SheetRequest request,
                    @AuthenticationPrincipal CurrentUser user) {
        return sheets.save(meetingId, applicationId, request.draft(), user);
    }

    @PostMapping(path = "/meetings/{meetingId}/applications/{applicationId}/sheet/submit", consumes = "application/json")
    @PreAuthorize("@reviewPermissions.usesWorkspace(authentication)")
    @Operation(summary = "Save and submit the sheet: every criterion scored, the opinion written; then locked")
    ScoreSheet submit(@PathVariable long meetingId, @PathVariable long applicationId,
                      @RequestBody SheetRequest request, @AuthenticationPrincipal CurrentUser user) {
        return sheets.submit(meetingId, applicationId, request.draft(), user);
    }

    @GetMapping(path = "/sheets/{sheetId}/sheet.docx",
            produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @PreAuthorize("@reviewPermissions.actsForOffice(authentication) or @reviewPermissions.usesWorkspace(authentication)")
    @Operation(summary = "A sheet's 专家评分表 (.docx): its expert or the office")
    ResponseEntity<byte[]> sheetDocx(@PathVariable long sheetId, @AuthenticationPrincipal CurrentUser user) {
        return ReviewPageController.file(documents.sheetDocx(sheetId, user), "sheet-" + sheetId + ".docx",
                ReviewPageController.DOCX);
    }

    private void requireCall(long callId) {
        if (calls.find(callId).isEmpty()) {
            throw new ReviewNotFoundException("call " + callId);
        }
    }
}
