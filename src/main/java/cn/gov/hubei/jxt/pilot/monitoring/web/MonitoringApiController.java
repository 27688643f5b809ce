package cn.gov.hubei.jxt.pilot.monitoring.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.monitoring.Evaluation;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringNotFoundException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringReports;
import cn.gov.hubei.jxt.pilot.monitoring.NewSpotCheck;
import cn.gov.hubei.jxt.pilot.monitoring.Report;
import cn.gov.hubei.jxt.pilot.monitoring.ReportDraft;
import cn.gov.hubei.jxt.pilot.monitoring.ReportTransition;
import cn.gov.hubei.jxt.pilot.monitoring.ReportingRounds;
import cn.gov.hubei.jxt.pilot.monitoring.Round;
import cn.gov.hubei.jxt.pilot.monitoring.SpotCheck;
import cn.gov.hubei.jxt.pilot.monitoring.SpotChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/**
 * The monitoring as JSON, with the same permissions and rules as the pages: rounds (office), reports (the unit's
 * draft and submission, the division's comment or return, the office's evaluation), spot checks (office). Whatever
 * the caller may not read is 404; errors are {@code application/problem+json}.
 */
@RestController
@RequestMapping(path = "/api/v1/monitoring", produces = "application/json")
@Tag(name = "Monitoring", description = "动态调整: yearly reports, evaluation, removal, spot checks")
class MonitoringApiController {

    private final ReportingRounds rounds;
    private final MonitoringReports reports;
    private final SpotChecks checks;

    MonitoringApiController(ReportingRounds rounds, MonitoringReports reports, SpotChecks checks) {
        this.rounds = rounds;
        this.reports = reports;
        this.checks = checks;
    }

    @Schema(description = "A round to open: year, opensOn and deadline as yyyy-MM-dd (the deadline a working day)")
    record RoundRequest(int year, String opensOn, String deadline) {
    }

    @Schema(description = "The draft and the version last read (optimistic lock)")
    record DraftRequest(ReportDraft draft, long version) {
    }

    @Schema(description = "A decision: transition (comment, return, qualify, order-rectification, remove, "
            + "remove-unreported, submit-rectification, conclude-qualified, conclude-removed), its text (comment, "
            + "reason, what to fix, the rectification report) and for order-rectification the deadline (yyyy-MM-dd)")
    record DecisionRequest(String transition, String text, String deadline) {
    }

    @GetMapping("/rounds")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    @Operation(summary = "Every reporting round, newest year first")
    List<Round> rounds(@AuthenticationPrincipal CurrentUser user) {
        return rounds.all(user);
    }

    @PostMapping(path = "/rounds", consumes = "application/json")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    @Operation(summary = "Open the round of a year",
            description = "Every designation valid on the opening day is due a report, created on that day.")
    @ApiResponse(responseCode = "422", description = "A field breaks a rule (also: the year has a round)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Round open(@RequestBody RoundRequest request, @AuthenticationPrincipal CurrentUser user) {
        return rounds.open(request.year(), request.opensOn(), request.deadline(), user);
    }

    @GetMapping("/rounds/{roundId}/reports")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    @Operation(summary = "A round's reports")
    List<Report> roundReports(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user) {
        rounds.find(roundId, user).orElseThrow(() -> new MonitoringNotFoundException("round"));
        return rounds.reports(roundId, user);
    }

    @GetMapping("/reports")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    @Operation(summary = "The reports the caller may see (the unit's, the division's, all for the office)")
    List<Report> reports(@AuthenticationPrincipal CurrentUser user) {
        return reports.mine(user);
    }

    @GetMapping("/reports/{reportId}")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    @Operation(summary = "A report with its indicators (changes computed by direction) and conditions")
    @ApiResponse(responseCode = "404", description = "No such report for the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Report report(@PathVariable long reportId, @AuthenticationPrincipal CurrentUser user) {
        return reports.find(reportId, user).orElseThrow(() -> new MonitoringNotFoundException("report"));
    }

    @PutMapping(path = "/reports/{reportId}/draft", consumes = "application/json")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    @Operation(summary = "Save the draft (the unit's; refused with 409 when the version is stale)")
    Report save(@PathVariable long reportId, @RequestBody DraftRequest request,
                @AuthenticationPrincipal CurrentUser user) {
        return reports.save(reportId, request.draft(), request.version(), user);
    }

    @PostMapping("/reports/{reportId}/submission")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    @Operation(summary = "Submit the report (idempotent); 422 lists what is missing")
    Report submit(@PathVariable long reportId, @AuthenticationPrincipal CurrentUser user) {
        return reports.submit(reportId, user);
    }

    @PostMapping(path = "/reports/{reportId}/decisions", consumes = "application/json")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    @Operation(summary = "Comment, return, evaluate, rectify or conclude, as the transition table allows the caller")
    @ApiResponse(responseCode = "409", description = "Not allowed now or not the caller's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Report decide(@PathVariable long reportId, @RequestBody DecisionRequest request,
                  @AuthenticationPrincipal CurrentUser user) {
        ReportTransition transition = Arrays.stream(ReportTransition.values())
                .filter(t -> t.code().equals(request.transition())).findFirst()
                .orElseThrow(() -> new MonitoringNotFoundException("transition"));
        return reports.decide(reportId, transition, new Evaluation(request.text(), request.deadline()), user);
    }

    @GetMapping("/designations/{designationId}/reports")
    @PreAuthorize("@monitoringPermissions.seesReports(authentication)")
    @Operation(summary = "The reports of a designation (its history), within the caller's scope")
    List<Report> history(@PathVariable long designationId, @AuthenticationPrincipal CurrentUser user) {
        return reports.ofDesignation(designationId, user);
    }

    @GetMapping("/designations/{designationId}/checklist")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    @Operation(summary = "The checklist a spot check of the designation takes (the site-visit stage's)")
    List<SpotCheck.Item> checklist(@PathVariable long designationId, @AuthenticationPrincipal CurrentUser user) {
        return checks.checklist(designationId, user);
    }

    @PostMapping(path = "/designations/{designationId}/checks", consumes = "application/json")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    @Operation(summary = "Record a spot check (抽查); REMOVED revokes the designation")
    SpotCheck check(@PathVariable long designationId, @RequestBody NewSpotCheck check,
                    @AuthenticationPrincipal CurrentUser user) {
        return checks.record(designationId, new NewSpotCheck(check.checkedOn(), check.findings(), check.notes(),
                check.summary(), check.conclusion(), check.rectifyDeadline(), check.rectifyItems(), check.reason(),
                null, null), user);
    }

    @PostMapping(path = "/checks/{checkId}/follow-up", consumes = "application/json")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    @Operation(summary = "Record the follow-up of a check that ordered rectification: QUALIFIED, or REMOVED (revokes)")
    @ApiResponse(responseCode = "409", description = "Not a rectification check, followed up already, or revoked",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SpotCheck followUp(@PathVariable long checkId, @RequestBody FollowUpRequest request,
                       @AuthenticationPrincipal CurrentUser user) {
        return checks.followUp(checkId, request.followUp(), request.note(), user);
    }

    /** The follow-up of a check: {@code QUALIFIED} or {@code REMOVED}, and what it found. */
    record FollowUpRequest(String followUp, String note) {
    }

    @GetMapping("/checks")
    @PreAuthorize("@monitoringPermissions.manages(authentication)")
    @Operation(summary = "Every spot check, newest first")
    List<SpotCheck> checks(@AuthenticationPrincipal CurrentUser user) {
        return checks.all(user);
    }
}
