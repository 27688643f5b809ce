package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.SectionSaved;
import cn.gov.hubei.jxt.pilot.application.SubmissionResult;
import cn.gov.hubei.jxt.pilot.application.VersionComparison;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.application.web.ApplicationResources.ApplicationResource;
import cn.gov.hubei.jxt.pilot.application.web.ApplicationResources.ApplicationWhole;
import cn.gov.hubei.jxt.pilot.application.web.ApplicationResources.CreateRequest;
import cn.gov.hubei.jxt.pilot.application.web.ApplicationResources.SectionResource;
import cn.gov.hubei.jxt.pilot.application.web.ApplicationResources.SubmissionResource;
import cn.gov.hubei.jxt.pilot.application.web.ApplicationResources.WithdrawRequest;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Applications as JSON, with the same permissions as the pages: an object outside the caller's scope is 404, never
 * 403. Errors are {@code application/problem+json} ({@link ApplicationApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/applications", produces = "application/json")
@Tag(name = "Applications", description = "申报书: sections, submit, withdraw, versions, comparison, attachments")
class ApplicationApiController {

    private final ProjectApplications applications;
    private final ApplicationPermissions permissions;
    private final ApplicationPages pages;
    private final JsonMapper json;

    ApplicationApiController(ProjectApplications applications, ApplicationPermissions permissions,
                             ApplicationPages pages, JsonMapper json) {
        this.applications = applications;
        this.permissions = permissions;
        this.pages = pages;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("@applicationPermissions.canList(authentication)")
    @Operation(summary = "List the applications the caller may see",
            description = "An applicant sees its enterprise's, a recommender its division's submitted ones, an "
                    + "officer all.")
    List<ApplicationResource> list(@AuthenticationPrincipal CurrentUser user) {
        return applications.list(ApplicationQuery.in(pages.scope(user))).stream().map(a -> ApplicationResource.of(a, pages)).toList();
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("@applicationPermissions.canCreate(authentication)")
    @Operation(summary = "Start an application for a call that is open for filing")
    @ApiResponse(responseCode = "201", description = "Created; Location points to it")
    @ApiResponse(responseCode = "409", description = "Filing is not open, or the call's cap per enterprise is reached",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ApplicationResource> create(@RequestBody CreateRequest request,
                                               @AuthenticationPrincipal CurrentUser user) {
        if (request == null || request.callId() == null) {
            throw new ApplicationActionRefusedException("application.create.no-call");
        }
        ApplicationSummary created = applications.create(request.callId(), user.enterpriseId().orElseThrow(),
                user.username());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(ApplicationResource.of(created, pages));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an application whole",
            description = "For the enterprise: every section with its version, derived state, "
                    + "problems and flags, the files and the versions. For the recommender and officers: the "
                    + "application, its submitted files and versions (read them with /versions/{number}); never the "
                    + "draft, and an application never submitted is not found.")
    @ApiResponse(responseCode = "404", description = "No such application, or not visible to the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ApplicationWhole get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        ApplicationSummary application = load(id, user);
        ApplicationScope scope = pages.scope(user);
        List<VersionInfo> versions = applications.versions(id, scope);
        if (!permissions.canReadDraft(user, application)) {
            return new ApplicationWhole(ApplicationResource.of(application, pages), List.of(),
                    applications.files(id, scope), versions);
        }
        ApplicationDraft draft = applications.draft(id, scope);
        List<SectionResource> sections = new ArrayList<>();
        for (SectionCheck check : applications.check(id, scope)) {
            SavedSection saved = draft.section(check.key());
            sections.add(SectionResource.of(check, saved == null ? SectionPageController.emptyOf(check.key())
                    : saved.content(), pages));
        }
        return new ApplicationWhole(ApplicationResource.of(application, pages), sections, draft.files(), versions);
    }

    @GetMapping("/{id}/sections/{key}")
    @Operation(summary = "Read one section of the draft", description = "The ETag carries the section's version.")
    ResponseEntity<SectionResource> section(@PathVariable long id, @PathVariable String key,
                                            @AuthenticationPrincipal CurrentUser user) {
        SectionKey section = sectionKey(id, key);
        ApplicationDraft draft = draft(id, user);
        SavedSection saved = draft.section(section);
        SectionContent content = saved == null ? SectionPageController.emptyOf(section) : saved.content();
        SectionCheck check = applications.check(id, pages.scope(user), section, content);
        return ResponseEntity.ok().eTag(String.valueOf(check.version())).body(SectionResource.of(check, content, pages));
    }

    @PutMapping(path = "/{id}/sections/{key}", consumes = "application/json")
    @Operation(summary = "Save one section",
            description = "Send the section's whole content and its version in If-Match (\"0\" for a section never "
                    + "saved). Values that break a rule are refused with 422; missing values are not, so a draft can "
                    + "be saved part by part (the answer's state and problems say what is still missing).")
    @ApiResponse(responseCode = "200", description = "Saved; the ETag is the new version")
    @ApiResponse(responseCode = "409", description = "The section was saved by someone else since: nothing was "
            + "written; the body holds both versions (theirs with its version, yours)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Values that break rules, each with its field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<SectionResource> save(@PathVariable long id, @PathVariable String key,
                                         @Parameter(description = "The section's version read, e.g. \"3\"")
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody ObjectNode body, @AuthenticationPrincipal CurrentUser user) {
        SectionKey section = sectionKey(id, key);
        ApplicationScope scope = pages.scope(user);
        if (scope.kind() != ApplicationScope.Kind.ENTERPRISE) {
            applicantOnly(load(id, user), user); // 404 outside the caller's scope, 403 inside it
        }
        // the enterprise's own application is read once, by the save's transaction (404 if it is not its own)
        int expected;
        SectionContent content;
        try {
            expected = (int) ApplicationApiProblems.versionFrom(ifMatch);
            content = json.treeToValue(body, section.contentType());
        } catch (RuntimeException badRequest) {
            load(id, user); // another enterprise's application is not found (404) before its request is judged
            throw badRequest;
        }
        SectionSaved saved = applications.saveAndCheckSection(id, scope, section, expected, content, true,
                user.username());
        return ResponseEntity.ok().eTag(String.valueOf(saved.saved().version()))
                .body(SectionResource.of(saved.check(), saved.saved().content(), pages));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit to the division's recommender",
            description = "Every section must be complete, inside the call's filing window by the server clock "
                    + "(or before the return deadline). Idempotent: repeat the request with the same "
                    + "Idempotency-Key and the same answer comes back (repeated=true), with no new version. After a "
                    + "correction request the submission goes to the province (补正). A resubmission whose content "
                    + "does not differ from the previous version is refused (409, unchanged=true) unless "
                    + "confirmUnchanged=true.")
    @ApiResponse(responseCode = "409", description = "The status or the filing window does not allow it, or the "
            + "resubmission is unchanged and not confirmed (unchanged=true, previousVersion)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Sections not complete, each as a field sections.<key>",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SubmissionResource submit(@PathVariable long id,
                              @Parameter(description = "A key the client chooses for this submission, e.g. a UUID")
                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                              @Parameter(description = "Submit even though nothing changed since the previous version")
                              @RequestParam(defaultValue = "false") boolean confirmUnchanged,
                              @AuthenticationPrincipal CurrentUser user) {
        applicantOnly(load(id, user), user);
        SubmissionResult result = applications.submit(id, pages.scope(user), idempotencyKey, confirmUnchanged,
                user.username());
        return new SubmissionResource(ApplicationResource.of(result.application(), pages), result.versionNumber(),
                result.repeated());
    }

    @PostMapping(path = "/{id}/withdraw", consumes = "application/json")
    @Operation(summary = "Withdraw a submitted application before recommendation, with the reason")
    ApplicationResource withdraw(@PathVariable long id, @RequestBody WithdrawRequest request,
                                 @AuthenticationPrincipal CurrentUser user) {
        applicantOnly(load(id, user), user);
        return ApplicationResource.of(applications.withdraw(id, pages.scope(user),
                request == null ? null : request.reason(), user.username()), pages);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The submitted versions, oldest first")
    List<VersionInfo> versions(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        load(id, user);
        return applications.versions(id, pages.scope(user));
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "One submitted version: the frozen sections, enterprise profile and files")
    FrozenVersion version(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal CurrentUser user) {
        load(id, user);
        return applications.version(id, number, pages.scope(user))
                .orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    @GetMapping("/{id}/comparison")
    @Operation(summary = "Compare two versions field by field",
            description = "left and right are version numbers; 0 is the current draft (the enterprise only). "
                    + "changesOnly=false lists every field.")
    VersionComparison compare(@PathVariable long id, @RequestParam int left, @RequestParam int right,
                              @RequestParam(defaultValue = "true") boolean changesOnly,
                              @AuthenticationPrincipal CurrentUser user) {
        load(id, user);
        List<VersionInfo> versions = applications.versions(id, pages.scope(user));
        boolean draftAllowed = pages.scope(user).seesDrafts();
        for (int n : new int[]{left, right}) {
            if (n == 0 && !draftAllowed) {
                // the draft is the enterprise's own work: for everyone else it does not exist
                throw new ApplicationNotFoundException(id);
            }
            if (n != 0 && versions.stream().noneMatch(v -> v.number() == n)) {
                throw new ApplicationActionRefusedException("application.version.unknown", n);
            }
        }
        VersionComparison comparison = applications.compare(id, left, right, pages.scope(user));
        return changesOnly ? new VersionComparison(id, left, right, comparison.changes()) : comparison;
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file",
            description = "purpose is FIGURE (PNG, JPEG), COMMITMENT or CREDIT_REPORT (PDF, PNG, JPEG) or OTHER "
                    + "(also .docx, .xlsx); the kind is recognised from the content. Refer to the file from a "
                    + "section (a figure's fileId, commitmentFileId …) to make it part of the application.")
    @ApiResponse(responseCode = "201", description = "Stored and attached")
    @ApiResponse(responseCode = "422", description = "Refused: empty, too large, a kind not allowed, or the "
            + "application's total would exceed its limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AttachedFile> upload(@PathVariable long id, @RequestParam String purpose,
                                        @RequestPart("file") MultipartFile file,
                                        @AuthenticationPrincipal CurrentUser user) throws IOException {
        applicantOnly(load(id, user), user);
        FilePurpose p = FilePurpose.of(purpose);
        if (p == null) {
            throw new ApplicationActionRefusedException("application.files.purpose-unknown", purpose);
        }
        try (var in = file.getInputStream()) {
            AttachedFile attached = applications.attach(id, pages.scope(user), p, file.getOriginalFilename(), in,
                    file.getSize(), user.username());
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{file}")
                    .buildAndExpand(attached.fileId()).toUri()).body(attached);
        }
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The files the caller may read",
            description = "The enterprise and officers: all; the recommender: those of submitted versions.")
    List<AttachedFile> files(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        load(id, user);
        return applications.files(id, pages.scope(user));
    }

    @GetMapping(path = "/{id}/attachments/{fileId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a file (verified against its digest; a damaged file is reported, not served)")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId,
                                    @AuthenticationPrincipal CurrentUser user) {
        load(id, user);
        ProjectApplications.FileContent content = applications.readFile(id, fileId, pages.scope(user))
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        FileKind kind = content.file().kind();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(kind.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.file().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    private ApplicationSummary load(long id, CurrentUser user) {
        return applications.find(id, pages.scope(user)).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /**
     * Changes are the enterprise's: a caller who may see the application (officer, recommender) but not change it is
     * forbidden (403); one who may not see it never gets here (404).
     */
    private void applicantOnly(ApplicationSummary application, CurrentUser user) {
        if (!permissions.canChange(user, application)) {
            throw new AccessDeniedException("only the enterprise changes its application " + application.id());
        }
    }

    private ApplicationDraft draft(long id, CurrentUser user) {
        ApplicationSummary application = load(id, user);
        if (!permissions.canReadDraft(user, application)) {
            throw new ApplicationNotFoundException(id);
        }
        return applications.draft(id, pages.scope(user));
    }

    private static SectionKey sectionKey(long id, String key) {
        return SectionKey.byKey(key).orElseThrow(() -> new ApplicationNotFoundException(id));
    }
}
