package cn.gov.hubei.jxt.pilot.call.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.call.CallPermissions;
import cn.gov.hubei.jxt.pilot.call.CallNotFoundException;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Calls as JSON. Reading is open to every business role (others see only published calls); writing is the
 * programme office's. Errors are {@code application/problem+json} ({@link CallApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/calls", produces = "application/json")
@Tag(name = "Calls", description = "Yearly calls (年度遴选): filing window, recommenders' deadline, quota, status")
class CallApiController {

    private final Calls calls;
    private final CallPermissions permissions;
    private final MessageSource messages;
    private final Clock clock;

    CallApiController(Calls calls, CallPermissions permissions, MessageSource messages, Clock clock) {
        this.calls = calls;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("@callPermissions.canRead(authentication)")
    @Operation(summary = "List calls", description = "Officers see every call, newest first; other business roles "
            + "see the calls that were published. The status reflects the clock at the moment of the request.")
    List<CallResource> list(Authentication user) {
        List<CallSummary> visible = permissions.canManage(user) ? calls.all() : calls.announced();
        return visible.stream().map(this::resource).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("@callPermissions.canRead(authentication)")
    @Operation(summary = "Read one call", description = "The ETag header carries the version for If-Match.")
    @ApiResponse(responseCode = "404", description = "No such call, or not visible to the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CallResource> get(@PathVariable long id, Authentication user) {
        CallSummary call = calls.find(id)
                .filter(found -> permissions.canSee(user, found))
                .orElseThrow(() -> new CallNotFoundException(id));
        return withETag(ResponseEntity.ok(), call);
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("@callPermissions.canManage(authentication)")
    @Operation(summary = "Create a call as a draft")
    @ApiResponse(responseCode = "201", description = "Created; Location points to the new call")
    @ApiResponse(responseCode = "400", description = "Broken rules, each with its field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CallResource> create(@RequestBody CallRequest request, Authentication user) {
        CallSummary created = calls.create(request.toNewCall(), person(user));
        return withETag(ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}").buildAndExpand(created.id()).toUri()), created);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@callPermissions.canManage(authentication)")
    @Operation(summary = "Replace the terms of a call",
            description = "Send every term. While filing is open only filingClosesAt, recommendationDeadline, "
                    + "recommendationQuota and notice may differ; afterwards the call is read-only.")
    @ApiResponse(responseCode = "400", description = "Broken rules, each with its field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The version in If-Match is not the current one, or the "
            + "call's status allows no edit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CallResource> update(@PathVariable long id,
                                        @Parameter(description = "The version read, e.g. \"3\" (the ETag)")
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody CallRequest request, Authentication user) {
        long expectedVersion = CallApiProblems.versionFrom(ifMatch);
        CallSummary updated = calls.update(id, expectedVersion, request.toChanges(), person(user));
        return withETag(ResponseEntity.ok(), updated);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("@callPermissions.canManage(authentication)")
    @Operation(summary = "Publish a draft",
            description = "If the filing window has already opened, the call moves on to FILING_OPEN at once.")
    @ApiResponse(responseCode = "409", description = "The transition table does not allow it now",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CallResource> publish(@PathVariable long id, Authentication user) {
        return withETag(ResponseEntity.ok(), calls.publish(id, person(user)));
    }

    @PostMapping(path = "/{id}/cancel", consumes = "application/json")
    @PreAuthorize("@callPermissions.canManage(authentication)")
    @Operation(summary = "Cancel a draft or a published call before filing opens, with the reason")
    @ApiResponse(responseCode = "409", description = "The transition table does not allow it now",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CallResource> cancel(@PathVariable long id, @Valid @RequestBody CancelRequest request,
                                        Authentication user) {
        return withETag(ResponseEntity.ok(), calls.cancel(id, request.reason(), person(user)));
    }

    private ResponseEntity<CallResource> withETag(ResponseEntity.BodyBuilder response, CallSummary call) {
        return response.eTag(String.valueOf(call.version())).body(resource(call));
    }

    private CallResource resource(CallSummary call) {
        String label = messages.getMessage(CallView.statusKey(call.status()), null, call.status().name(),
                LocaleContextHolder.getLocale());
        return CallResource.of(call, label, clock);
    }

    /** The person acting; the call's service checks that they may manage calls. */
    private static CurrentUser person(Authentication user) {
        return CurrentUser.of(user).orElse(null);
    }
}
