package cn.gov.hubei.jxt.pilot.sitevisit.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.sitevisit.Attendee;
import cn.gov.hubei.jxt.pilot.sitevisit.ChecklistItem;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeams;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitNotFoundException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPlans;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecord;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRecords;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRejectedException;
import cn.gov.hubei.jxt.pilot.sitevisit.VisitPhoto;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.AttendeeForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.ConclusionForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.FindingForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.MemberForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.PlanForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.TeamForm;
import cn.gov.hubei.jxt.pilot.sitevisit.web.SiteVisitForms.VersionForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Site visits as JSON, with the same permissions and rules as the pages: teams and the plan for the programme office
 * (403 for others), a visit's record for whoever may read it (404 for everyone else), writes by its team while open
 * (409 once signed off or cancelled), broken rules 422 with {@code errors} ({@link SiteVisitApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/site-visits", produces = "application/json")
@Tag(name = "Site visits", description = "实地查看/现场核查: inspection teams, planned visits, checklist, findings, "
        + "attendees, photos, conclusion and sign-off")
@ApiResponse(responseCode = "404", description = "No such visit or team, or not readable by the caller",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class SiteVisitApiController {

    private final InspectionTeams teams;
    private final SiteVisitPlans plans;
    private final SiteVisitRecords records;
    private final Calls calls;
    private final MessageSource messages;

    SiteVisitApiController(InspectionTeams teams, SiteVisitPlans plans, SiteVisitRecords records, Calls calls,
                           MessageSource messages) {
        this.teams = teams;
        this.plans = plans;
        this.records = records;
        this.calls = calls;
        this.messages = messages;
    }

    // -------------------------------------------------------------------------------- teams (officer)

    @GetMapping("/calls/{callId}/teams")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @Operation(summary = "A call's inspection teams", description = "By division then name, each with its members "
            + "(the leader first).")
    List<InspectionTeam> teams(@PathVariable long callId) {
        requireCall(callId);
        return teams.ofCall(callId);
    }

    @PostMapping(path = "/calls/{callId}/teams", consumes = "application/json")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Form an inspection team", description = "Name (unique in the call), the division visited "
            + "and the leader's user name (an officer, an expert or a recommender of that division).")
    @ApiResponse(responseCode = "422", description = "A rule is broken: errors lists {field, message}",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    InspectionTeam createTeam(@PathVariable long callId, @RequestBody TeamForm form,
                              @AuthenticationPrincipal CurrentUser user) {
        return teams.create(callId, form.divisionCode(), form.name(), form.leader(), user);
    }

    @GetMapping("/teams/{teamId}")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @Operation(summary = "One inspection team")
    InspectionTeam team(@PathVariable long teamId) {
        return teams.find(teamId).orElseThrow(() -> new SiteVisitNotFoundException("team", teamId));
    }

    @PostMapping(path = "/teams/{teamId}/members", consumes = "application/json")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @Operation(summary = "Add a member", description = "An officer, an expert (given access to the team's visited "
            + "applications) or a recommender of the team's division; a recommender of another division is refused "
            + "(422). Idempotent.")
    InspectionTeam addMember(@PathVariable long teamId, @RequestBody MemberForm form,
                             @AuthenticationPrincipal CurrentUser user) {
        return teams.addMember(teamId, form.username(), user);
    }

    @DeleteMapping("/teams/{teamId}/members/{accountId}")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @Operation(summary = "Remove a member", description = "An expert loses the access the team gave. The leader "
            + "stays (409). Idempotent.")
    InspectionTeam removeMember(@PathVariable long teamId, @PathVariable long accountId,
                                @AuthenticationPrincipal CurrentUser user) {
        return teams.removeMember(teamId, accountId, user);
    }

    // --------------------------------------------------------------------------------- plan (officer)

    @GetMapping("/calls/{callId}/visits")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @Operation(summary = "A call's visit plan", description = "Every visit, by division, then date, then number.")
    List<SiteVisit> plan(@PathVariable long callId) {
        requireCall(callId);
        return plans.ofCall(callId);
    }

    @GetMapping("/calls/{callId}/candidates")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @Operation(summary = "Applications to visit", description = "The call's applications that passed formal review "
            + "and have no visit planned.")
    List<Candidate> candidates(@PathVariable long callId) {
        requireCall(callId);
        return plans.candidates(callId).stream().map(Candidate::of).toList();
    }

    @PostMapping(path = "/visits", consumes = "application/json")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a visit", description = "Team, application (passed formal review, of the team's call "
            + "and division, not yet planned) and a working day (yyyy-MM-dd; a holiday, a weekend that is not a "
            + "make-up working day and a year the calendar lacks are refused with 422). Takes the checklist.")
    SiteVisit planVisit(@RequestBody PlanForm form, @AuthenticationPrincipal CurrentUser user) {
        if (form.teamId() == null) {
            throw new SiteVisitRejectedException("teamId", "sitevisit.plan.team.required");
        }
        if (form.applicationId() == null) {
            throw new SiteVisitRejectedException("applicationId", "sitevisit.plan.application.unknown");
        }
        return plans.plan(form.teamId(), form.applicationId(), SiteVisitForms.date(form.date()), user);
    }

    @PostMapping(path = "/visits/{id}/cancel", consumes = "application/json")
    @PreAuthorize("@siteVisitPermissions.canManage(authentication)")
    @Operation(summary = "Cancel a visit", description = "Before sign-off; the body names the visit's version (409 "
            + "when changed meanwhile or signed off).")
    SiteVisit cancel(@PathVariable long id, @RequestBody VersionForm form, @AuthenticationPrincipal CurrentUser user) {
        requireReadable(id, user);
        return plans.cancel(id, SiteVisitForms.version(form.version()), user);
    }

    // ------------------------------------------------------------------------------------ the record

    @GetMapping("/mine")
    @Operation(summary = "The visits of my teams", description = "By date.")
    List<SiteVisit> mine(@AuthenticationPrincipal CurrentUser user) {
        return plans.ofMember(user.id());
    }

    @GetMapping("/visits/{id}")
    @Operation(summary = "A visit's record", description = "The visit, its team, checklist with findings, attendees "
            + "and photos. Officers, the team's members, and people assigned to the application once signed off.")
    SiteVisitRecord visit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return requireReadable(id, user);
    }

    @PutMapping(path = "/visits/{id}/items/{itemId}", consumes = "application/json")
    @Operation(summary = "Record a finding", description = "TRUE (属实), MOSTLY_TRUE (基本属实) or UNTRUE (不属实); a "
            + "note is required for the latter two. The body names the item's version (409 when changed meanwhile; "
            + "the same finding sent twice is accepted).")
    @ApiResponse(responseCode = "409", description = "Signed off (locked), cancelled, not a member, or changed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ChecklistItem finding(@PathVariable long id, @PathVariable long itemId, @RequestBody FindingForm form,
                          @AuthenticationPrincipal CurrentUser user) {
        return records.recordFinding(id, itemId, SiteVisitForms.version(form.version()),
                SiteVisitForms.finding(form.finding()), form.note(), user);
    }

    @PostMapping(path = "/visits/{id}/attendees", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an attendee", description = "Name, unit and position; the same person twice is kept once.")
    Attendee addAttendee(@PathVariable long id, @RequestBody AttendeeForm form, @AuthenticationPrincipal CurrentUser user) {
        return records.addAttendee(id, form.name(), form.unit(), form.position(), user);
    }

    @DeleteMapping("/visits/{id}/attendees/{attendeeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an attendee")
    void removeAttendee(@PathVariable long id, @PathVariable long attendeeId, @AuthenticationPrincipal CurrentUser user) {
        records.removeAttendee(id, attendeeId, user);
    }

    @PostMapping(path = "/visits/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a photo", description = "Multipart: file (JPEG or PNG, recognised by content, at most "
            + "10 MB), caption, takenAt (yyyy-MM-ddTHH:mm; required when the image has no EXIF DateTimeOriginal).")
    VisitPhoto addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestParam(required = false) String caption, @RequestParam(required = false) String takenAt,
                        @AuthenticationPrincipal CurrentUser user) throws IOException {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            return records.addPhoto(id, file == null ? null : file.getOriginalFilename(), in, caption,
                    SiteVisitForms.dateTime(takenAt), user);
        }
    }

    @DeleteMapping("/visits/{id}/photos/{photoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a photo")
    void removePhoto(@PathVariable long id, @PathVariable long photoId, @AuthenticationPrincipal CurrentUser user) {
        records.removePhoto(id, photoId, user);
    }

    @GetMapping(path = "/visits/{id}/photos/{photoId}", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @Operation(summary = "A photo's image")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
                                 @AuthenticationPrincipal CurrentUser user) {
        SiteVisitRecords.PhotoContent photo = records.photo(id, photoId, user)
                .orElseThrow(() -> new SiteVisitNotFoundException("photo", photoId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
                .header("X-Content-Type-Options", "nosniff").body(photo.bytes());
    }

    @PutMapping(path = "/visits/{id}/conclusion", consumes = "application/json")
    @Operation(summary = "Set the conclusion", description = "CONFIRMED, CONFIRMED_WITH_REMARKS or NOT_CONFIRMED with "
            + "a summary; the body names the visit's version.")
    SiteVisit conclude(@PathVariable long id, @RequestBody ConclusionForm form, @AuthenticationPrincipal CurrentUser user) {
        return records.conclude(id, SiteVisitForms.version(form.version()),
                SiteVisitForms.conclusion(form.conclusion()), form.summary(), user);
    }

    @PostMapping(path = "/visits/{id}/sign-off", consumes = "application/json")
    @Operation(summary = "Sign the visit off", description = "The team leader only, every item with a finding and "
            + "the conclusion set; locks the record and tells the officer who planned it. Signing twice is accepted.")
    SiteVisit signOff(@PathVariable long id, @RequestBody VersionForm form, @AuthenticationPrincipal CurrentUser user) {
        return records.signOff(id, SiteVisitForms.version(form.version()), user);
    }

    @GetMapping(path = "/visits/{id}/sheet.docx",
            produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "The 现场核查表 (.docx)")
    ResponseEntity<byte[]> sheet(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        requireReadable(id, user);
        return SiteVisitPageController.sheetResponse(records, id, user,
                messages.getMessage("sitevisit.sheet.file-name", null, LocaleContextHolder.getLocale()));
    }

    private SiteVisitRecord requireReadable(long id, CurrentUser user) {
        return records.read(id, user).orElseThrow(() -> new SiteVisitNotFoundException("visit", id));
    }

    private void requireCall(long callId) {
        if (calls.find(callId).isEmpty()) {
            throw new SiteVisitNotFoundException("call", callId);
        }
    }

    /** An application to visit. */
    record Candidate(long id, String number, String projectName, String enterpriseName, String divisionCode) {
        static Candidate of(ApplicationSummary a) {
            return new Candidate(a.id(), a.number(), a.projectName(), a.enterpriseName(), a.divisionCode());
        }
    }
}
