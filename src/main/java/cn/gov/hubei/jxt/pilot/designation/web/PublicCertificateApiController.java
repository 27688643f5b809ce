package cn.gov.hubei.jxt.pilot.designation.web;

import cn.gov.hubei.jxt.pilot.designation.CertificateCheck;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import cn.gov.hubei.jxt.pilot.designation.DesignationNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public verification of a certificate as JSON: no login, public data only, never cached. */
@RestController
@RequestMapping(path = "/api/v1/public/certificates", produces = "application/json")
@Tag(name = "Certificate verification", description = "证书核验: the state of a certificate by its QR code's token")
class PublicCertificateApiController {

    private final Certificates certificates;

    PublicCertificateApiController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/{token}")
    @Operation(summary = "A certificate's state by its token",
            description = "state: VALID (有效), EXPIRED (已过期), REVOKED (已撤销) or REPLACED (已作废: re-issued); with "
                    + "the serial, the unit, the project, the document number and the validity. No login.")
    @ApiResponse(responseCode = "404", description = "No certificate carries this token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CertificateCheck> verify(@PathVariable String token) {
        CertificateCheck check = certificates.verify(token)
                .orElseThrow(() -> new DesignationNotFoundException("certificate"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(check);
    }
}
