package cn.gov.hubei.jxt.pilot.designation.web;

import cn.gov.hubei.jxt.pilot.designation.Certificate;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationExport;
import cn.gov.hubei.jxt.pilot.designation.DesignationNotFoundException;
import cn.gov.hubei.jxt.pilot.designation.ExportRow;
import cn.gov.hubei.jxt.pilot.designation.NewPublication;
import cn.gov.hubei.jxt.pilot.designation.Plaque;
import cn.gov.hubei.jxt.pilot.designation.PlaqueRecord;
import cn.gov.hubei.jxt.pilot.designation.Plaques;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.designation.PublicationPhase;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The designation as JSON, with the same permissions and rules as the pages: publications (record, correct the
 * number), certificates (issue, re-issue), plaques, revocation, the export of chosen years, and one's own
 * designations. Whatever the caller may not read is 404; errors are {@code application/problem+json}.
 */
@RestController
@RequestMapping(path = "/api/v1/designations", produces = "application/json")
@Tag(name = "Designation", description = "认定: publication, designated projects, certificates, plaques, export")
class DesignationApiController {

    private final Publications publications;
    private final Certificates certificates;
    private final Plaques plaques;
    private final DesignationExport export;

    DesignationApiController(Publications publications, Certificates certificates, Plaques plaques,
                             DesignationExport export) {
        this.publications = publications;
        this.certificates = certificates;
        this.plaques = plaques;
        this.export = export;
    }

    @Schema(description = "A publication with its designated projects")
    record PublicationResource(Publication publication, List<DesignatedProject> projects) {
    }

    record NumberRequest(String documentNumber, long version) {
    }

    record ReasonRequest(String reason) {
    }

    @Schema(description = "A plaque's record: dates as yyyy-MM-dd (blank: not yet), the version last read (0: none)")
    record PlaqueRequest(String madeOn, String deliveredOn, String deliveryMethod, String receivedByName,
                         String receivedByPosition, String receivedOn, long version) {
    }

    @GetMapping
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "Every publication, newest first")
    List<Publication> all(@AuthenticationPrincipal CurrentUser user) {
        return publications.all(user);
    }

    @GetMapping("/{publicationId}")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "A publication and its designated projects")
    @ApiResponse(responseCode = "404", description = "No such publication",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PublicationResource one(@PathVariable long publicationId, @AuthenticationPrincipal CurrentUser user) {
        Publication p = publications.find(publicationId, user)
                .orElseThrow(() -> new DesignationNotFoundException("publication"));
        return new PublicationResource(p, publications.projects(publicationId, user));
    }

    @GetMapping("/notices/{noticeId}/phase")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "A notice's phase for the designation: period over, open objection cases, published")
    PublicationPhase phase(@PathVariable long noticeId) {
        return publications.phase(noticeId);
    }

    @PostMapping(path = "/notices/{noticeId}", consumes = "multipart/form-data")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "Record the publication of a closed notice",
            description = "documentNumber (鄂经信<部门>〔YYYY〕N号, the year the publication date's, unique), title, "
                    + "publishedOn (yyyy-MM-dd, not before the notice's end day, not in the future) and the signed "
                    + "document (PDF). The still-listed projects become designated, valid from publishedOn until the "
                    + "day before its third anniversary. Refused (409) while the notice is open, while an objection "
                    + "case is open, or when the notice is published already.")
    @ApiResponse(responseCode = "409", description = "Not allowed now",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A field breaks a rule",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PublicationResource publish(@PathVariable long noticeId, @RequestParam(required = false) String documentNumber,
                                @RequestParam(required = false) String title,
                                @RequestParam(required = false) String publishedOn,
                                @RequestPart(name = "document", required = false) MultipartFile document,
                                @AuthenticationPrincipal CurrentUser user) throws IOException {
        Publication p = publications.publish(noticeId, new NewPublication(documentNumber, title, publishedOn,
                document == null ? null : document.getOriginalFilename(),
                document == null || document.isEmpty() ? null : document.getBytes()), user);
        return new PublicationResource(p, publications.projects(p.id(), user));
    }

    @PutMapping(path = "/{publicationId}/number", consumes = "application/json")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "Correct a typo in the document number (before certificates are issued)")
    Publication correct(@PathVariable long publicationId, @RequestBody NumberRequest request,
                        @AuthenticationPrincipal CurrentUser user) {
        return publications.correctNumber(publicationId, request.documentNumber(), request.version(), user);
    }

    @PostMapping("/{publicationId}/certificates")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "Issue the certificates of every project of the publication (idempotent)")
    Collection<Certificate> issue(@PathVariable long publicationId, @AuthenticationPrincipal CurrentUser user) {
        return new ArrayList<>(certificates.issueAll(publicationId, user).values());
    }

    @PostMapping(path = "/projects/{designationId}/certificates/reissue", consumes = "application/json")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "Re-issue a lost certificate: a new serial and token; the old one is marked replaced")
    Certificate reissue(@PathVariable long designationId, @RequestBody ReasonRequest request,
                        @AuthenticationPrincipal CurrentUser user) {
        return certificates.reissue(designationId, request.reason(), user);
    }

    @PostMapping(path = "/projects/{designationId}/revoke", consumes = "application/json")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "Revoke a designation (a later stage's decision), with a reason; idempotent")
    DesignatedProject revoke(@PathVariable long designationId, @RequestBody ReasonRequest request,
                             @AuthenticationPrincipal CurrentUser user) {
        return publications.revoke(designationId, request.reason(), user);
    }

    @PutMapping(path = "/projects/{designationId}/plaque", consumes = "application/json")
    @PreAuthorize("@designationPermissions.manages(authentication)")
    @Operation(summary = "Record a plaque's progress: made, delivered (how), received (by whom, when)")
    Plaque plaque(@PathVariable long designationId, @RequestBody PlaqueRequest r,
                  @AuthenticationPrincipal CurrentUser user) {
        return plaques.record(designationId, new PlaqueRecord(r.madeOn(), r.deliveredOn(), r.deliveryMethod(),
                r.receivedByName(), r.receivedByPosition(), r.receivedOn(), r.version()), user);
    }

    @GetMapping("/export")
    @PreAuthorize("@designationPermissions.canExport(authentication)")
    @Operation(summary = "The designated projects of chosen years, every field a ministry recommendation asks for",
            description = "Read from the frozen version that was designated: enterprise, credit code, division, "
                    + "project, modes, new technologies, investment (万元), the five indicators before/after/change "
                    + "(%), typical scenarios with their life-cycle stage, document number, validity and standing.")
    List<ExportRow> export(@Parameter(description = "years, e.g. 2025,2026") @RequestParam List<Integer> years,
                           @AuthenticationPrincipal CurrentUser user) {
        return export.rows(years, user);
    }

    @GetMapping("/mine")
    @PreAuthorize("@designationPermissions.seesOwn(authentication)")
    @Operation(summary = "The designations of the caller's enterprise (applicant) or division (recommender)")
    List<DesignatedProject> mine(@AuthenticationPrincipal CurrentUser user) {
        return publications.mine(user);
    }
}
