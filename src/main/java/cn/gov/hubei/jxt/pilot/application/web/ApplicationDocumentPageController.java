package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.internal.DocumentFigureUnavailableException;
import cn.gov.hubei.jxt.pilot.application.web.DocumentDownloads.Format;
import cn.gov.hubei.jxt.pilot.documents.PdfFontUnavailableException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The download buttons of the overview and of each version's page. Same documents and permissions as the API; when
 * a document cannot be produced (no Chinese font for the PDF, a damaged figure) the person is sent back to the page
 * they came from with the reason, never to an error page.
 */
@Controller
@RequestMapping("/applications/{id}/documents")
class ApplicationDocumentPageController {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDocumentPageController.class);

    private final DocumentDownloads downloads;
    private final ApplicationPages pages;

    ApplicationDocumentPageController(DocumentDownloads downloads, ApplicationPages pages) {
        this.downloads = downloads;
        this.pages = pages;
    }

    @GetMapping("/application.docx")
    // whoever is signed in; the scope of the queries answers 404 outside it, as for reading the application
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam(required = false) Integer version,
                                @RequestParam(defaultValue = "false") boolean draft,
                                @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                               HttpServletResponse response) {
        return download(id, version, draft, user, Format.DOCX, request, response);
    }

    @GetMapping("/application.pdf")
    // whoever is signed in; the scope of the queries answers 404 outside it, as for reading the application
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) Integer version,
                               @RequestParam(defaultValue = "false") boolean draft,
                               @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                               HttpServletResponse response) {
        return download(id, version, draft, user, Format.PDF, request, response);
    }

    private ResponseEntity<byte[]> download(long id, Integer version, boolean draft, CurrentUser user, Format format,
                                            HttpServletRequest request, HttpServletResponse response) {
        String reason;
        try {
            return downloads.render(downloads.resolve(id, version, draft, user), format);
        } catch (ApplicationNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (PdfFontUnavailableException e) {
            log.warn("PDF refused: none of the configured fonts is usable: {}", e.candidates());
            // the message itself says that the .docx can be downloaded instead
            reason = e.getMessage();
        } catch (DocumentFigureUnavailableException e) {
            log.error("application document refused: figure {} cannot be read", e.fileId(), e);
            reason = pages.text(e);
        }
        // back to the page of the button: a version's page, or the overview (which sends a recommender on)
        String back = request.getContextPath()
                + (version == null ? "/applications/" + id : "/applications/" + id + "/versions/" + version);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", reason);
        RequestContextUtils.saveOutputFlashMap(back, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, back).build();
    }
}
