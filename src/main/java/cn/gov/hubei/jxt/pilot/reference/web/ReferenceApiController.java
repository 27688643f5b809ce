package cn.gov.hubei.jxt.pilot.reference.web;

import cn.gov.hubei.jxt.pilot.reference.CreditCodeChecks;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.reference.web.ReferenceJson.CodeName;
import cn.gov.hubei.jxt.pilot.reference.web.ReferenceJson.ContentItems;
import cn.gov.hubei.jxt.pilot.reference.web.ReferenceJson.CreditCode;
import cn.gov.hubei.jxt.pilot.reference.web.ReferenceJson.ElementConditions;
import cn.gov.hubei.jxt.pilot.reference.web.ReferenceJson.IndicatorJson;
import cn.gov.hubei.jxt.pilot.reference.web.ReferenceJson.Province;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Public, read-only JSON of the reference data (no login: SecurityConfiguration permits /api/v1/reference/**, and the
 * data are those of a published government document).
 */
@RestController
@RequestMapping(path = "/api/v1/reference", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("permitAll()")
@Tag(name = "Reference data", description = "Divisions, modes, element conditions (attachment 1), content items (attachment 2-1), "
        + "indicators, industries and the unified social credit code check. Public and read-only.")
class ReferenceApiController {

    static final String ELEMENT_CONDITIONS = "reference.dataSet.elementConditions";
    static final String CONTENT_ITEMS = "reference.dataSet.contentItems";

    private final ReferenceCatalog catalog;
    private final CreditCodeChecks creditCodes;

    ReferenceApiController(ReferenceCatalog catalog, CreditCodeChecks creditCodes) {
        this.catalog = catalog;
        this.creditCodes = creditCodes;
    }

    @GetMapping("/divisions")
    @Operation(summary = "The 17 recommending divisions in the province's official order")
    List<CodeName> divisions() {
        return catalog.divisions().stream().map(CodeName::of).toList();
    }

    @GetMapping("/provinces")
    @Operation(summary = "The 34 provincial-level divisions of GB/T 2260 by two-digit prefix")
    List<Province> provinces() {
        return catalog.provincialDivisions().stream().map(Province::of).toList();
    }

    @GetMapping("/modes")
    @Operation(summary = "The five smart-manufacturing modes and OTHER")
    List<CodeName> modes() {
        return catalog.modes().stream().map(CodeName::of).toList();
    }

    @GetMapping("/new-technologies")
    @Operation(summary = "The new technologies whose integrated use the programme encourages")
    List<CodeName> newTechnologies() {
        return catalog.newTechnologies().stream().map(CodeName::of).toList();
    }

    @GetMapping("/element-conditions/versions")
    @Operation(summary = "The versions of the element conditions, oldest first")
    List<String> elementConditionVersions() {
        return catalog.elementConditionVersions();
    }

    @GetMapping("/element-conditions")
    @Operation(summary = "One version of the element conditions (attachment 1), grouped by mode, with thresholds")
    @ApiResponse(responseCode = "200", description = "the element conditions")
    @ApiResponse(responseCode = "400", description = "no version given",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no such version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ElementConditions elementConditions(@Parameter(description = "e.g. 2020", example = "2020")
                                        @RequestParam String version) {
        return catalog.elementConditions(version).map(ElementConditions::of)
                .orElseThrow(() -> new UnknownVersionException(ELEMENT_CONDITIONS, version,
                        catalog.elementConditionVersions()));
    }

    @GetMapping("/content-items/versions")
    @Operation(summary = "The versions of the content items, oldest first")
    List<String> contentItemVersions() {
        return catalog.contentItemVersions();
    }

    @GetMapping("/content-items")
    @Operation(summary = "One version of the content items (attachment 2-1) per mode and new technology")
    @ApiResponse(responseCode = "200", description = "the content items")
    @ApiResponse(responseCode = "400", description = "no version given",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no such version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ContentItems contentItems(@Parameter(description = "e.g. 2020", example = "2020") @RequestParam String version) {
        return catalog.contentItems(version).map(ContentItems::of)
                .orElseThrow(() -> new UnknownVersionException(CONTENT_ITEMS, version, catalog.contentItemVersions()));
    }

    @GetMapping("/indicators")
    @Operation(summary = "The five outcome indicators with the direction in which they improve")
    List<IndicatorJson> indicators() {
        return catalog.indicators().stream().map(IndicatorJson::of).toList();
    }

    @GetMapping("/industries")
    @Operation(summary = "The key industries and OTHER")
    List<CodeName> industries() {
        return catalog.industries().stream().map(CodeName::of).toList();
    }

    @GetMapping("/credit-codes/{code}")
    @Operation(summary = "Checks a unified social credit code (GB 32100-2015) and tells where it was registered",
            description = "Always 200: the body says whether the code is valid and, in one Chinese sentence, why not or where it was registered.")
    CreditCode creditCode(@Parameter(description = "the code, e.g. 91110108551385082Q") @PathVariable String code) {
        return CreditCode.of(creditCodes.check(code));
    }
}
