package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.internal.ApplicationDocumentMapper;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocuments;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Which 申报书 a download means, rendered, with the permissions of reading the application: the caller's scope is
 * applied in the queries, so an application (or a version) outside it is "not found".
 *
 * <ul>
 *   <li>{@code version=n}: submitted version n, mapped from its frozen snapshot.</li>
 *   <li>{@code draft=true}: a preview of the working draft, for those who read drafts (the enterprise only).</li>
 *   <li>neither: the latest submitted version; when none exists yet, the draft preview for those who read drafts.
 *       A recommender only ever reaches submitted versions.</li>
 * </ul>
 */
@Component
class DocumentDownloads {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    enum Format {
        DOCX("docx"), PDF("pdf");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /**
     * A document ready to render: the model, and the file names it is offered under.
     *
     * @param frozenKey names the submitted version the document is (rendered once and kept: it never changes);
     *                  {@code null} for a draft, rendered every time
     */
    record Resolved(Supplier<ApplicationDocument> document, String fileName, String asciiFileName, String frozenKey) {
    }

    private final ProjectApplications applications;
    private final ApplicationPermissions permissions;
    private final ApplicationDocumentMapper mapper;
    private final ApplicationDocuments documents;
    private final ApplicationPages pages;

    DocumentDownloads(ProjectApplications applications, ApplicationPermissions permissions,
                      ApplicationDocumentMapper mapper, ApplicationDocuments documents, ApplicationPages pages) {
        this.applications = applications;
        this.permissions = permissions;
        this.mapper = mapper;
        this.documents = documents;
        this.pages = pages;
    }

    /**
     * @throws ApplicationNotFoundException when the application, the version or (for this caller) the draft is
     *                                      not in scope
     */
    Resolved resolve(long id, Integer version, boolean draft, CurrentUser user) {
        ApplicationScope scope = permissions.scopeOf(user);
        ApplicationSummary application = applications.find(id, scope)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        if (version == null && (draft || application.lastVersionNo() == 0)) {
            if (!permissions.canReadDraft(user, application)) {
                throw new ApplicationNotFoundException(id);
            }
            ApplicationDraft current = applications.draft(id, scope);
            String name = pages.text("application.document.file-name.draft",
                    projectName(current.contents().basic().normalised().projectName()));
            // mapped (every figure read from the file store) only once the rendering's turn has come
            return new Resolved(() -> mapper.ofDraft(current), name, "application-" + id + "-draft", null);
        }
        int number = version == null ? application.lastVersionNo() : version;
        FrozenVersion frozen = applications.version(id, number, scope)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        // mapped only if this version's document is not kept yet (the mapping reads every figure from the file store)
        Supplier<ApplicationDocument> document = () -> mapper.ofVersion(frozen);
        String name = pages.text("application.document.file-name",
                projectName(frozen.snapshot().sections().basic().normalised().projectName()),
                String.valueOf(frozen.number()));
        return new Resolved(document, name, "application-" + id + "-v" + frozen.number(),
                frozen.applicationId() + "/" + frozen.number() + "/" + frozen.submittedAt());
    }

    ResponseEntity<byte[]> render(Resolved resolved, Format format) {
        byte[] bytes = resolved.frozenKey() == null
                ? (format == Format.DOCX ? documents.docx(resolved.document())
                : documents.pdf(resolved.document()))
                : (format == Format.DOCX ? documents.docxOfFrozen(resolved.frozenKey(), resolved.document())
                : documents.pdfOfFrozen(resolved.frozenKey(), resolved.document()));
        return ResponseEntity.ok()
                .contentType(format == Format.DOCX ? DOCX : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(
                        resolved.fileName() + "." + format.extension,
                        resolved.asciiFileName() + "." + format.extension))
                .header("X-Content-Type-Options", "nosniff")
                // generated for one person under their permissions: never kept by a shared cache
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }

    private String projectName(String name) {
        return name == null || name.isBlank() ? pages.text("application.document.unnamed") : fileNameSafe(name);
    }

    /** Characters no file system or browser takes in a file name become "_". */
    static String fileNameSafe(String name) {
        String cleaned = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }

    /**
     * {@code attachment} with an ASCII {@code filename} for old clients and the real name as
     * {@code filename*=UTF-8''…} (RFC 5987 / RFC 6266), which every current browser prefers.
     */
    static String contentDisposition(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    static String rfc5987(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
