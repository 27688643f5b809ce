package cn.gov.hubei.jxt.pilot.objection.web;

import cn.gov.hubei.jxt.pilot.objection.ObjectionSubmissions;
import cn.gov.hubei.jxt.pilot.objection.SubmittedObjection;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.LookupRequest;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.LookupResource;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.ObjectionRequest;
import cn.gov.hubei.jxt.pilot.objection.web.ObjectionResources.ReceiptResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Objecting and looking a case up as JSON, without an account: the same rules as the public form, the form's
 * challenge replaced by the rate limits (per client address, per e-mail address; 429 with {@code Retry-After}).
 */
@RestController
@RequestMapping(path = "/api/v1/public/objections", produces = "application/json")
@Tag(name = "Objections (public)", description = "异议: objections to a public notice, with real name, and their lookup")
class PublicObjectionApiController {

    private final ObjectionSubmissions submissions;

    PublicObjectionApiController(ObjectionSubmissions submissions) {
        this.submissions = submissions;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Object to a project on a public notice",
            description = "Refused outside the notice's period (the period's dates in the detail), without a real name "
                    + "(根据实名原则，匿名异议不予受理), or with broken rules (422 with errors). Answers the receipt number; "
                    + "the lookup code goes to the e-mail address only. The same idempotencyKey again answers the same "
                    + "receipt (200, repeated=true).")
    @ApiResponse(responseCode = "201", description = "Received")
    @ApiResponse(responseCode = "404", description = "No such public notice",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Refused: outside the period, anonymous, or a rule broken",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many objections from the address or for the e-mail address; "
            + "Retry-After says when to try again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReceiptResource> submit(@RequestBody ObjectionRequest request, HttpServletRequest http) {
        SubmittedObjection s = submissions.submit(request.toNewObjection(), http.getRemoteAddr());
        return ResponseEntity.status(s.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(ReceiptResource.of(s));
    }

    @PostMapping(path = "/lookup", consumes = "application/json")
    @Operation(summary = "Look a case up with its receipt number and the code from the e-mail",
            description = "The status and the office's published steps; the objector's own data masked. An unknown "
                    + "number and a wrong code give the same 404.")
    @ApiResponse(responseCode = "404", description = "Unknown receipt number or wrong code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many lookups from the address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    LookupResource lookup(@RequestBody LookupRequest request, HttpServletRequest http) {
        return submissions.lookup(request.receiptNumber(), request.code(), http.getRemoteAddr())
                .map(LookupResource::of).orElseThrow(LookupFailedException::new);
    }

    /** An unknown receipt number or a wrong code: one answer for both. */
    static class LookupFailedException extends RuntimeException {
        LookupFailedException() {
            super("lookup failed");
        }
    }
}
