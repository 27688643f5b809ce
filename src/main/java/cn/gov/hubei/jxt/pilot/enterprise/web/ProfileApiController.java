package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.internal.EnterpriseProfiles;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own enterprise profile as JSON; the enterprise is the one the caller's account is bound to. */
@RestController
@RequestMapping(path = "/api/v1/enterprises/me/profile", produces = "application/json")
@Tag(name = "Enterprises", description = "企业注册、企业基本信息（附件3 一(一)）")
@PreAuthorize("@enterprisePermissions.isStaff(authentication)")
class ProfileApiController {

    private final EnterpriseProfiles profiles;

    ProfileApiController(EnterpriseProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "Read the enterprise profile (附件3 一(一))",
            description = "The ETag carries the version for If-Match; version 0 means never saved.")
    ResponseEntity<ProfileDocument> get(@AuthenticationPrincipal CurrentUser user) {
        return answer(profiles.current(enterpriseOf(user)).orElseThrow());
    }

    @PutMapping(consumes = "application/json")
    @Operation(summary = "Save the enterprise profile whole",
            description = "Send every field and the version read in If-Match (\"0\" for a profile never saved).")
    @ApiResponse(responseCode = "200", description = "Saved; the ETag carries the new version")
    @ApiResponse(responseCode = "409", description = "Someone saved another version meanwhile; read it again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Broken rules: errors lists {field, message}",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProfileDocument> put(@AuthenticationPrincipal CurrentUser user,
                                        @Parameter(description = "The version read, e.g. \"3\" (the ETag)")
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody ProfileDocument document) {
        int expected = EnterpriseApiProblems.versionFrom(ifMatch);
        return answer(profiles.save(enterpriseOf(user), document.toInput(), expected, user.username()));
    }

    private static ResponseEntity<ProfileDocument> answer(EnterpriseProfile profile) {
        return ResponseEntity.ok().eTag(String.valueOf(profile.version())).body(ProfileDocument.of(profile));
    }

    private static long enterpriseOf(CurrentUser user) {
        return user.enterpriseId().orElseThrow();
    }
}
