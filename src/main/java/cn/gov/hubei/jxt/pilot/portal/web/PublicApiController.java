package cn.gov.hubei.jxt.pilot.portal.web;

import cn.gov.hubei.jxt.pilot.portal.PublicProjects;
import cn.gov.hubei.jxt.pilot.portal.ScenarioLibrary;
import cn.gov.hubei.jxt.pilot.portal.ScenarioNotFoundException;
import cn.gov.hubei.jxt.pilot.portal.web.PublicFilters.ProjectForm;
import cn.gov.hubei.jxt.pilot.portal.web.PublicFilters.ScenarioForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public portal's data as JSON, without login or session: designated projects and the typical-scenario library,
 * public fields only, {@code Cache-Control: public, max-age=60}. Filters that are not known codes are ignored.
 */
@RestController
@RequestMapping(path = "/api/v1/public", produces = "application/json")
@Tag(name = "Public portal", description = "示范项目与典型场景库: designated projects and published typical scenarios (no login)")
class PublicApiController {

    

    private final PublicProjects projects;
    private final ScenarioLibrary library;
    private final PortalVocabulary vocabulary;

    PublicApiController(PublicProjects projects, ScenarioLibrary library, PortalVocabulary vocabulary) {
        this.projects = projects;
        this.library = library;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/projects")
    @Operation(summary = "Designated projects",
            description = "Newest year first, then division and project name; " + PublicProjects.PAGE_SIZE
                    + " a page, with the total.")
    ResponseEntity<PublicProjects.Page> projects(
            @Parameter(description = "designation year, e.g. 2026") @RequestParam(required = false) String year,
            @Parameter(description = "division code, e.g. 420500") @RequestParam(required = false) String division,
            @Parameter(description = "mode code, e.g. DISCRETE") @RequestParam(required = false) String mode,
            @Parameter(description = "key industry code, e.g. AUTOMOTIVE") @RequestParam(required = false) String industry,
            @Parameter(description = "text in the project or enterprise name") @RequestParam(required = false) String q,
            @Parameter(description = "page from 1") @RequestParam(required = false) String page) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, PublicPageController.CACHE).body(projects.search(PublicFilters.projects(
                new ProjectForm(year, division, mode, industry, q, page), vocabulary)));
    }

    @GetMapping("/projects/{id}")
    @Operation(summary = "A designated project's page",
            description = "The project, its summary, the five indicators as declared (before, after, change in "
                    + "percent) and its published typical scenarios.")
    @ApiResponse(responseCode = "404", description = "No such designated project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PublicProjects.ProjectPage> project(@PathVariable long id) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, PublicPageController.CACHE).body(projects.find(id)
                .orElseThrow(() -> new PortalApiProblems.ProjectNotFound(id)));
    }

    @GetMapping("/scenarios")
    @Operation(summary = "Published typical scenarios",
            description = "Newest publication first, " + ScenarioLibrary.PAGE_SIZE + " a page, with the total.")
    ResponseEntity<ScenarioLibrary.Page> scenarios(
            @Parameter(description = "life-cycle stage: DESIGN, MANUFACTURING, LOGISTICS, SALES, SERVICE")
            @RequestParam(required = false) String stage,
            @Parameter(description = "mode code") @RequestParam(required = false) String mode,
            @Parameter(description = "key industry code") @RequestParam(required = false) String industry,
            @Parameter(description = "text in the title, name, project or enterprise") @RequestParam(required = false) String q,
            @Parameter(description = "page from 1") @RequestParam(required = false) String page) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, PublicPageController.CACHE).body(library.search(PublicFilters.scenarios(
                new ScenarioForm(stage, mode, industry, q, page), vocabulary)));
    }

    @GetMapping("/scenarios/{id}")
    @Operation(summary = "A published typical scenario")
    @ApiResponse(responseCode = "404", description = "No such published scenario",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ScenarioLibrary.PublicScenario> scenario(@PathVariable long id) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, PublicPageController.CACHE).body(library.find(id)
                .orElseThrow(() -> new ScenarioNotFoundException(id)));
    }
}
