package cn.gov.hubei.jxt.pilot.publicity.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.publicity.CallProposal;
import cn.gov.hubei.jxt.pilot.publicity.ManagedNotice;
import cn.gov.hubei.jxt.pilot.publicity.NoticeChanges;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeNotFoundException;
import cn.gov.hubei.jxt.pilot.publicity.NoticeRelease;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContact;
import cn.gov.hubei.jxt.pilot.publicity.OfficeContacts;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.publicity.ReleaseAudience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's notices as JSON, with the pages' permissions and rules: list, proposals to draft from, draft, edit,
 * discard, who a release tells, release, and taking a project off the list. Errors are {@code application/problem+json}
 * ({@link PublicityApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/publicity", produces = "application/json")
@PreAuthorize("@publicityPermissions.canManage(authentication)")
@Tag(name = "Publicity (office)", description = "公示: the office's notices drafted from a call's review proposal")
class PublicityApiController {

    private final NoticeDrafts drafts;
    private final PublicNotices notices;
    private final OfficeContacts contacts;

    PublicityApiController(NoticeDrafts drafts, PublicNotices notices, OfficeContacts contacts) {
        this.drafts = drafts;
        this.notices = notices;
        this.contacts = contacts;
    }

    @Schema(description = "The office's contact printed on new notices, with the version last read (0: never set)")
    record ContactRequest(String publisher, String contactTelephone, String contactAddress, String objectionEmail,
                          long version) {
    }

    @GetMapping("/contact")
    @Operation(summary = "The office's contact printed on new notices (the defaults while never set: version 0)")
    OfficeContact contact() {
        return contacts.current();
    }

    @PutMapping(path = "/contact", consumes = "application/json")
    @PreAuthorize("@publicityPermissions.canSetContact(authentication)")
    @Operation(summary = "Set the office's contact on notices",
            description = "Every field required; the telephone 区号-号码 (optional extension) or a mobile number, "
                    + "several separated by 、; the e-mail an address. Audited.")
    @ApiResponse(responseCode = "422", description = "A field breaks a rule",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The version is stale",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    OfficeContact setContact(@RequestBody ContactRequest request, @AuthenticationPrincipal CurrentUser user) {
        return contacts.save(new OfficeContact(request.publisher(), request.contactTelephone(),
                request.contactAddress(), request.objectionEmail(), request.version()), request.version(), user);
    }

    @Schema(description = "Draft the notice of a call from its pending proposal, starting on a working day "
            + "(yyyy-MM-dd, day 1 of the 5 working days)")
    record CreateRequest(long callId, LocalDate startDate) {
    }

    @Schema(description = "A draft's new text, contacts and start day, with the version last read")
    record UpdateRequest(String title, String body, String publisher, String contactTelephone, String contactAddress,
                         LocalDate startDate, long version) {
    }

    @Schema(description = "The reason to publish beside a project taken off the list (an upheld objection)")
    record RemovalRequest(String reason) {
    }

    record NoticeResource(ManagedNotice notice, List<NoticeEntry> entries) {
    }

    record ReleaseResource(boolean releasedNow, NoticeResource notice) {
    }

    private NoticeResource resource(long id, CurrentUser user) {
        ManagedNotice notice = drafts.find(id, user).orElseThrow(() -> new NoticeNotFoundException(id));
        return new NoticeResource(notice, drafts.entries(id, user));
    }

    @GetMapping("/notices")
    @Operation(summary = "Every notice, drafts first, then released ones newest first")
    List<ManagedNotice> all(@AuthenticationPrincipal CurrentUser user) {
        return drafts.all(user);
    }

    @GetMapping("/proposals")
    @Operation(summary = "The calls with a pending review proposal and no notice yet")
    List<CallProposal> proposals(@AuthenticationPrincipal CurrentUser user) {
        return drafts.proposals(user);
    }

    @GetMapping("/notices/{id}")
    @Operation(summary = "A notice (a draft too) with its list")
    @ApiResponse(responseCode = "404", description = "No such notice",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    NoticeResource notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return resource(id, user);
    }

    @PostMapping(path = "/notices", consumes = "application/json")
    @Operation(summary = "Draft a call's notice from its pending proposal",
            description = "The end day is the 5th working day counting the start day as day 1. A start day that is "
                    + "not a working day, in the past or in a year the calendar lacks is refused (422).")
    @ApiResponse(responseCode = "422", description = "The start day breaks a rule",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "No pending proposal, or the call has a notice already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<NoticeResource> create(@RequestBody CreateRequest request, @AuthenticationPrincipal CurrentUser user) {
        ManagedNotice created = drafts.create(request.callId(), request.startDate(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(created.id(), user));
    }

    @PutMapping(path = "/notices/{id}", consumes = "application/json")
    @Operation(summary = "Edit a draft (text, contacts, start day; the list is taken again from the proposal)")
    NoticeResource update(@PathVariable long id, @RequestBody UpdateRequest request,
                          @AuthenticationPrincipal CurrentUser user) {
        drafts.update(id, request.version(), new NoticeChanges(request.title(), request.body(), request.publisher(),
                request.contactTelephone(), request.contactAddress(), request.startDate()), user);
        return resource(id, user);
    }

    @DeleteMapping("/notices/{id}")
    @Operation(summary = "Discard a draft")
    ResponseEntity<Void> discard(@PathVariable long id, @RequestParam long version,
                                 @AuthenticationPrincipal CurrentUser user) {
        drafts.discard(id, version, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notices/{id}/audience")
    @Operation(summary = "Who the release of the notice tells")
    ReleaseAudience audience(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return drafts.audience(id, user);
    }

    @PostMapping("/notices/{id}/release")
    @Operation(summary = "Release the notice with the proposal's decisions (idempotent)",
            description = "releasedNow is false when the notice was released already; nothing changed then.")
    ReleaseResource release(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        NoticeRelease release = drafts.release(id, user);
        return new ReleaseResource(release.releasedNow(), resource(id, user));
    }

    @PostMapping(path = "/notices/{id}/entries/{applicationId}/removal", consumes = "application/json")
    @Operation(summary = "Take a project off a released notice's list with the reason to publish (idempotent)")
    NoticeEntry removeEntry(@PathVariable long id, @PathVariable long applicationId,
                            @RequestBody RemovalRequest request, @AuthenticationPrincipal CurrentUser user) {
        return notices.removeEntry(id, applicationId, request.reason(), user);
    }
}
