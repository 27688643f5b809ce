package cn.gov.hubei.jxt.pilot.objection.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCase;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCases;
import cn.gov.hubei.jxt.pilot.objection.ObjectionNotFoundException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionPermissions;
import cn.gov.hubei.jxt.pilot.objection.ObjectionTransition;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.CaseResource;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.NoteRequest;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.RemovalRequest;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.RowResource;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.TransitionRequest;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The office's handling of objections as JSON, with the same permissions and rules as the pages: officers who handle
 * objections only (not the administrators); lists masked, a case in full (the read audited).
 */
@RestController
@RequestMapping(path = "/api/v1/objections", produces = "application/json")
@PreAuthorize("@objectionPermissions.canHandle(authentication)")
@Tag(name = "Objections", description = "异议处理: the office's handling of objections to a public notice")
class ObjectionApiController {

    private final ObjectionCases cases;
    private final ObjectionPermissions permissions;

    ObjectionApiController(ObjectionCases cases, ObjectionPermissions permissions) {
        this.cases = cases;
        this.permissions = permissions;
    }

    @GetMapping
    @Operation(summary = "A notice's objection cases",
            description = "Oldest first; the objectors' name, document number, telephone and e-mail masked (张*, 138****5678).")
    List<RowResource> ofNotice(@RequestParam long notice, @AuthenticationPrincipal CurrentUser user) {
        return cases.ofNotice(notice, user).stream().map(RowResource::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case in full", description = "The objector's data unmasked; every read is audited (objection.viewed).")
    @ApiResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    CaseResource open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return resource(cases.open(id, user), user);
    }

    @PostMapping(path = "/{id}/transitions/{code}", consumes = "application/json")
    @Operation(summary = "Accept, decline, uphold or dismiss a case",
            description = "code: accept (受理), decline (不予受理, reason), uphold (成立, reason; removalReason takes the "
                    + "project off the list), dismiss (不成立, reason). The objector is told by e-mail. 409 when the "
                    + "case's status does not allow it or its version changed.")
    @ApiResponse(responseCode = "409", description = "Not allowed now",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A missing or too long reason: errors lists {field, message}",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    CaseResource take(@PathVariable long id, @PathVariable String code, @RequestBody TransitionRequest request,
                      @AuthenticationPrincipal CurrentUser user) {
        ObjectionTransition transition = ObjectionTransition.ofCode(code)
                .orElseThrow(() -> new ObjectionNotFoundException(id));
        return resource(cases.take(id, transition, request.reason(), request.removalReason(), request.version(), user),
                user);
    }

    @PostMapping(path = "/{id}/removal", consumes = "application/json")
    @Operation(summary = "Take an upheld case's project off the notice's list", description = "With the reason to publish.")
    CaseResource remove(@PathVariable long id, @RequestBody RemovalRequest request,
                        @AuthenticationPrincipal CurrentUser user) {
        return resource(cases.removeFromList(id, request.reason(), user), user);
    }

    @PostMapping(path = "/{id}/notes", consumes = "application/json")
    @Operation(summary = "Record an investigation note on an accepted case",
            description = "Never published to the objector; evidence files are added on the case's page.")
    CaseResource note(@PathVariable long id, @RequestBody NoteRequest request,
                      @AuthenticationPrincipal CurrentUser user) {
        return resource(cases.addNote(id, request.note(), List.of(), user), user);
    }

    private CaseResource resource(ObjectionCase c, CurrentUser user) {
        return CaseResource.of(c, ObjectionTransition.from(c.status()).stream()
                .filter(t -> permissions.canTake(user, t, c.status())).map(ObjectionTransition::code).toList());
    }
}
