package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.ConflictDeclaration;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ExpertAccount;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.ExpertFilter;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
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
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;

import static cn.gov.hubei.jxt.pilot.expert.web.Pages.person;

/**
 * The expert pool as JSON: the programme office lists, reads, registers, replaces, deactivates and activates experts,
 * creates their accounts and records conflicts on their word; an expert reads their own record and declares their
 * own conflicts on the applications assigned to them. Errors are {@code application/problem+json}
 * ({@link ExpertApiProblems}); an expert nobody may see is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/experts", produces = "application/json")
@Tag(name = "Experts", description = "The expert pool (专家库) and conflicts of interest (回避)")
class ExpertApiController {

    private final ExpertPool pool;
    private final Experts experts;
    private final ConflictDeclarations declarations;
    private final ReferenceCatalog reference;

    ExpertApiController(ExpertPool pool, Experts experts, ConflictDeclarations declarations,
                        ReferenceCatalog reference) {
        this.pool = pool;
        this.experts = experts;
        this.declarations = declarations;
        this.reference = reference;
    }

    /** One page of experts and how many the filter finds. */
    @Schema(name = "ExpertPage")
    record Page(int total, int page, int size, List<ExpertResource> items) {
    }

    /** A reason (deactivate, activate). */
    @Schema(name = "ExpertReason")
    record ReasonRequest(String reason) {
    }

    /** A conflict declared on an application. */
    @Schema(name = "ConflictDeclarationRequest")
    record DeclarationRequest(long applicationId,
                              @Schema(description = "FORMER_EMPLOYMENT, CONSULTING, SHAREHOLDING, RELATIVE or OTHER")
                              String kind,
                              @Schema(description = "The expert's words; required for OTHER") String text) {
    }

    @Schema(name = "ConflictDeclaration")
    record DeclarationResource(long id, long expertId, long applicationId, long callId, String kind, String source,
                               String text, String declaredBy, Instant declaredAt, boolean live, String withdrawnBy,
                               Instant withdrawnAt, String withdrawalReason) {
        static DeclarationResource of(ConflictDeclaration d) {
            return new DeclarationResource(d.id(), d.expertId(), d.applicationId(), d.callId(), d.kind().name(),
                    d.source().name(), d.text(), d.declaredBy(), d.declaredAt(), d.live(), d.withdrawnBy(),
                    d.withdrawnAt(), d.withdrawalReason());
        }
    }

    @Schema(name = "ExpertAccount")
    record AccountResource(long expertId, String username,
                           @Schema(description = "Shown once; to be changed at the first login") String initialPassword) {
    }

    @GetMapping
    @PreAuthorize("@expertPermissions.canManage(authentication)")
    @Operation(summary = "List experts", description = "Programme office only; 50 a page, ordered by id.")
    Page list(@RequestParam(required = false) String mode, @RequestParam(required = false) String industry,
              @RequestParam(required = false) String division,
              @Parameter(description = "ACTIVE or INACTIVE") @RequestParam(required = false) String status,
              @Parameter(description = "In the name, employer or title") @RequestParam(required = false) String q,
              @RequestParam(required = false) Integer page, Authentication authentication) {
        var form = new ExpertPageController.FilterForm(mode, industry, division, status, q, page);
        ExpertFilter filter = form.toFilter();
        CurrentUser user = person(authentication);
        Vocabulary vocabulary = Vocabulary.of(reference);
        return new Page(pool.count(filter, user), form.pageNumber(), ExpertFilter.PAGE_SIZE,
                pool.list(filter, user).stream().map(d -> ExpertResource.of(d, vocabulary)).toList());
    }

    @GetMapping("/me")
    @PreAuthorize("@expertPermissions.hasOwnPage(authentication)")
    @Operation(summary = "The caller's own expert record", description = "Without the contact fields.")
    @ApiResponse(responseCode = "404", description = "The account is not linked to an expert",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ExpertResource me(Authentication authentication) {
        CurrentUser user = person(authentication);
        long id = experts.byAccount(user.id()).orElseThrow(ExpertRefusedException::notFound).id();
        return resource(pool.details(id, user).orElseThrow(ExpertRefusedException::notFound));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@expertPermissions.canManage(authentication) or @expertPermissions.hasOwnPage(authentication)")
    @Operation(summary = "Read one expert", description = "The office with contact fields; an expert only "
            + "themselves. The ETag carries the version for If-Match.")
    @ApiResponse(responseCode = "404", description = "No such expert, or not visible to the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ExpertResource> get(@PathVariable long id, Authentication authentication) {
        return withETag(ResponseEntity.ok(), pool.details(id, person(authentication))
                .orElseThrow(ExpertRefusedException::notFound));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("@expertPermissions.canManage(authentication)")
    @Operation(summary = "Register an expert")
    @ApiResponse(responseCode = "201", description = "Created; Location points to the new expert")
    @ApiResponse(responseCode = "400", description = "Broken rules, each with its field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ExpertResource> create(@RequestBody ExpertRequest request, Authentication authentication) {
        ExpertDetails created = pool.register(request.toNewExpert(), person(authentication));
        return withETag(ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()), created);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@expertPermissions.canManage(authentication)")
    @Operation(summary = "Replace an expert's record", description = "Send every field and If-Match with the version.")
    @ApiResponse(responseCode = "400", description = "Broken rules, each with its field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Changed meanwhile (If-Match is not the current version)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ExpertResource> update(@PathVariable long id,
                                          @Parameter(description = "The version read (the ETag)")
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ExpertRequest request, Authentication authentication) {
        long version = ExpertApiProblems.versionFrom(ifMatch);
        return withETag(ResponseEntity.ok(), pool.update(id, version, request.toNewExpert(), person(authentication)));
    }

    @PostMapping(path = "/{id}/deactivate", consumes = "application/json")
    @PreAuthorize("@expertPermissions.canManage(authentication)")
    @Operation(summary = "Deactivate an expert with the reason", description = "An inactive expert is returned "
            + "unchanged.")
    ResponseEntity<ExpertResource> deactivate(@PathVariable long id, @RequestBody ReasonRequest request,
                                              Authentication authentication) {
        return withETag(ResponseEntity.ok(), pool.deactivate(id, request.reason(), person(authentication)));
    }

    @PostMapping(path = "/{id}/activate", consumes = "application/json")
    @PreAuthorize("@expertPermissions.canManage(authentication)")
    @Operation(summary = "Activate an expert again with the reason", description = "An active expert is returned "
            + "unchanged.")
    ResponseEntity<ExpertResource> activate(@PathVariable long id, @RequestBody ReasonRequest request,
                                            Authentication authentication) {
        return withETag(ResponseEntity.ok(), pool.activate(id, request.reason(), person(authentication)));
    }

    @PostMapping("/{id}/account")
    @PreAuthorize("@expertPermissions.canManage(authentication)")
    @Operation(summary = "Create the expert's login account", description = "The initial password is in this "
            + "answer only.")
    @ApiResponse(responseCode = "409", description = "The expert has an account",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AccountResource> account(@PathVariable long id, Authentication authentication) {
        pool.details(id, person(authentication)).orElseThrow(ExpertRefusedException::notFound);
        ExpertAccount account = pool.createAccount(id, person(authentication));
        return ResponseEntity.status(201).body(new AccountResource(id, account.username(),
                account.initialPassword()));
    }

    @GetMapping("/{id}/conflicts")
    @PreAuthorize("@expertPermissions.canManage(authentication) or @expertPermissions.hasOwnPage(authentication)")
    @Operation(summary = "The expert's declared conflicts, newest first", description = "The office, or the expert "
            + "themselves.")
    @ApiResponse(responseCode = "404", description = "No such expert, or not visible to the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<DeclarationResource> conflicts(@PathVariable long id, Authentication authentication) {
        CurrentUser user = person(authentication);
        pool.details(id, user).orElseThrow(ExpertRefusedException::notFound);
        return declarations.ofExpert(id, user).stream().map(DeclarationResource::of).toList();
    }

    @PostMapping(path = "/{id}/conflicts", consumes = "application/json")
    @PreAuthorize("@expertPermissions.canManage(authentication) or @expertPermissions.hasOwnPage(authentication)")
    @Operation(summary = "Declare a conflict on an application", description = "The expert themselves while active, "
            + "on an application assigned to them; or the office on the expert's word. Declaring again what is "
            + "declared changes nothing.")
    @ApiResponse(responseCode = "201", description = "The live declaration")
    @ApiResponse(responseCode = "400", description = "Broken rules, each with its field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such expert or application visible to the caller",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The expert is inactive",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DeclarationResource> declare(@PathVariable long id, @RequestBody DeclarationRequest request,
                                                Authentication authentication) {
        ConflictDeclaration declared = declarations.declare(id, request.applicationId(),
                ExpertPageController.kind(request.kind()), request.text(), person(authentication));
        return ResponseEntity.status(201).body(DeclarationResource.of(declared));
    }

    private ResponseEntity<ExpertResource> withETag(ResponseEntity.BodyBuilder response, ExpertDetails d) {
        return response.eTag(String.valueOf(d.version())).body(resource(d));
    }

    private ExpertResource resource(ExpertDetails d) {
        return ExpertResource.of(d, Vocabulary.of(reference));
    }
}
