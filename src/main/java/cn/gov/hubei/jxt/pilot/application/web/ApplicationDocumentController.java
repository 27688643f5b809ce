package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.internal.DocumentFigureUnavailableException;
import cn.gov.hubei.jxt.pilot.application.web.DocumentDownloads.Format;
import cn.gov.hubei.jxt.pilot.documents.PdfFontUnavailableException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 申报书 as .docx and PDF through the API, with the permissions of reading the application (404 outside the
 * caller's scope). Which document a request means is {@link DocumentDownloads}'s rule.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}/documents")
@Tag(name = "Applications", description = "申报书: sections, submit, withdraw, versions, comparison, attachments")
class ApplicationDocumentController {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDocumentController.class);

    private final DocumentDownloads downloads;
    private final ApplicationPages pages;
    private final ApiProblems problems;

    ApplicationDocumentController(DocumentDownloads downloads, ApplicationPages pages, ApiProblems problems) {
        this.downloads = downloads;
        this.pages = pages;
        this.problems = problems;
    }

    @GetMapping(path = "/application.docx", produces = {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    // whoever is signed in; the scope of the queries answers 404 outside it, as for reading the application
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The 申报书 as Word (.docx), in the official layout of 附件3",
            description = "With version=n: submitted version n, always the same document (from the frozen "
                    + "snapshot: sections, enterprise profile and files as submitted). With draft=true: a preview of "
                    + "the working draft (the enterprise only), marked as a draft on the cover and in the body. "
                    + "Without either: the latest submitted version, or the draft preview while none exists. "
                    + "Content-Disposition names the file 申报书-{项目名称}-v{n}.docx (filename*=UTF-8'') with an "
                    + "ASCII fallback.")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such application, version or draft for the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A figure of the application is damaged or unreadable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> docx(@PathVariable long id,
                                @Parameter(description = "A submitted version's number") @RequestParam(required = false) Integer version,
                                @Parameter(description = "Preview the working draft") @RequestParam(defaultValue = "false") boolean draft,
                                @AuthenticationPrincipal CurrentUser user) {
        return downloads.render(downloads.resolve(id, version, draft, user), Format.DOCX);
    }

    @GetMapping(path = "/application.pdf", produces = {MediaType.APPLICATION_PDF_VALUE, "application/problem+json"})
    // whoever is signed in; the scope of the queries answers 404 outside it, as for reading the application
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The 申报书 as PDF with an embedded Chinese font",
            description = "The same document as the .docx (same version rules). When the server has no usable "
                    + "Chinese font the answer is 422 and the .docx still works.")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such application, version or draft for the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A figure of the application is damaged or unreadable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No usable Chinese font is installed: download the .docx",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> pdf(@PathVariable long id,
                               @Parameter(description = "A submitted version's number") @RequestParam(required = false) Integer version,
                               @Parameter(description = "Preview the working draft") @RequestParam(defaultValue = "false") boolean draft,
                               @AuthenticationPrincipal CurrentUser user) {
        return downloads.render(downloads.resolve(id, version, draft, user), Format.PDF);
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ApplicationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "application.problem.not-found.title",
                pages.text("application.problem.not-found", String.valueOf(e.applicationId())));
    }

    @ExceptionHandler(PdfFontUnavailableException.class)
    ResponseEntity<ProblemDetail> noFont(PdfFontUnavailableException e) {
        log.warn("PDF refused: none of the configured fonts is usable: {}", e.candidates());
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "application.problem.pdf-font.title", e.getMessage());
    }

    @ExceptionHandler(DocumentFigureUnavailableException.class)
    ResponseEntity<ProblemDetail> figureUnavailable(DocumentFigureUnavailableException e) {
        log.error("application document refused: figure {} cannot be read", e.fileId(), e);
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, "application.problem.document.title",
                pages.text(e));
        answer.getBody().setProperty("fileId", e.fileId());
        return answer;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = problems.withDetail(status, titleKey, detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
