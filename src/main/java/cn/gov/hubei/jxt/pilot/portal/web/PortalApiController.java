package cn.gov.hubei.jxt.pilot.portal.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.portal.ScenarioNotFoundException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioStatus;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenario;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenarios;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/**
 * The typical scenarios' approvals (the office) and consents (an applicant of the enterprise) as JSON, with the same
 * permissions as the pages: a scenario the person may not see is 404; errors are {@code application/problem+json}.
 */
@RestController
@RequestMapping(path = "/api/v1/portal", produces = "application/json")
@Tag(name = "Portal: scenarios", description = "典型场景: the enterprise's consent and the office's approval")
class PortalApiController {

    private final TypicalScenarios scenarios;

    PortalApiController(TypicalScenarios scenarios) {
        this.scenarios = scenarios;
    }

    record ActionRequest(String reason, Integer version) {
    }

    record TextRequest(String publicTitle, String publicSummary, Integer version) {
    }

    record IndustryRequest(String industry) {
    }

    @GetMapping("/scenarios")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    @Operation(summary = "The office's scenarios", description = "Every scenario of the applications that passed "
            + "formal review (taken up as candidates on this reading), optionally of one status.")
    List<TypicalScenario> candidates(@RequestParam(required = false) String status,
                                     @AuthenticationPrincipal CurrentUser user) {
        ScenarioStatus s = Arrays.stream(ScenarioStatus.values()).filter(x -> x.name().equals(status)).findFirst()
                .orElse(null);
        return scenarios.candidates(s, user);
    }

    @GetMapping("/scenarios/{id}")
    @PreAuthorize("@portalPermissions.hasScenarioWork(authentication)")
    @Operation(summary = "One scenario", description = "For the office or an applicant of its enterprise.")
    @ApiResponse(responseCode = "404", description = "No such scenario for this person",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    TypicalScenario scenario(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return scenarios.find(id, user).orElseThrow(() -> new ScenarioNotFoundException(id));
    }

    @PostMapping(path = "/scenarios/{id}/{action:approve|reject|reopen}", consumes = "application/json")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    @Operation(summary = "The office approves, rejects (with reason) or reopens a scenario",
            description = "Approval needs the enterprise's consent. A repeated request finds the action done and "
                    + "changes nothing; a stale version is 409.")
    @ApiResponse(responseCode = "404", description = "No such scenario",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The table, the phase or the version forbids it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The reason is missing or too long",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    TypicalScenario decide(@PathVariable long id, @PathVariable String action,
                           @RequestBody(required = false) ActionRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        ActionRequest r = request == null ? new ActionRequest(null, null) : request;
        return scenarios.act(id, action, r.reason(), r.version(), user);
    }

    @PutMapping(path = "/scenarios/{id}/public-text", consumes = "application/json")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    @Operation(summary = "The office edits a scenario's public title and summary")
    TypicalScenario text(@PathVariable long id, @RequestBody TextRequest request,
                         @AuthenticationPrincipal CurrentUser user) {
        return scenarios.editPublicText(id, request.publicTitle(), request.publicSummary(),
                request.version() == null ? -1 : request.version(), user);
    }

    @PutMapping(path = "/projects/{applicationId}/industry", consumes = "application/json")
    @PreAuthorize("@portalPermissions.isOfficer(authentication)")
    @Operation(summary = "The office assigns a project's key industry (empty clears it)")
    void industry(@PathVariable long applicationId, @RequestBody IndustryRequest request,
                  @AuthenticationPrincipal CurrentUser user) {
        scenarios.assignIndustry(applicationId, request.industry(), user);
    }

    @GetMapping("/consents")
    @PreAuthorize("@portalPermissions.isApplicant(authentication)")
    @Operation(summary = "The scenarios of the applicant's enterprise, with their consent status")
    List<TypicalScenario> consents(@AuthenticationPrincipal CurrentUser user) {
        return scenarios.ofEnterprise(user);
    }

    @PostMapping("/consents/{id}")
    @PreAuthorize("@portalPermissions.isApplicant(authentication)")
    @Operation(summary = "An applicant of the enterprise consents to a scenario's publication",
            description = "Another enterprise's scenario is 404. Idempotent.")
    TypicalScenario consent(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return scenarios.act(id, "consent", null, null, user);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/consents/{id}")
    @PreAuthorize("@portalPermissions.isApplicant(authentication)")
    @Operation(summary = "An applicant withdraws the consent", description = "A published scenario goes off at once. "
            + "Idempotent.")
    TypicalScenario withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return scenarios.act(id, "withdraw", null, null, user);
    }
}
