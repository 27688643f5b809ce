package cn.gov.hubei.jxt.pilot.meeting.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.AgendaEntry;
import cn.gov.hubei.jxt.pilot.meeting.DrawVerification;
import cn.gov.hubei.jxt.pilot.meeting.GroupBasis;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.MeetingDraw;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingReserve;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSeat;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.Replacement;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.meeting.SeatState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

import java.time.LocalDate;
import java.util.List;

/**
 * Review meetings as JSON, with the same permissions as the pages: the office manages meetings and sees their draw
 * (sealed to everyone else until the meeting starts: 404); an expert answers their own invitations. Errors are
 * {@code application/problem+json} ({@link MeetingApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = "application/json")
@Tag(name = "Review meetings", description = "专家评审会: set-up, the seeded draw of experts, invitations, the pledge, "
        + "replacement from the reserves")
class MeetingApiController {

    private final ReviewMeetings meetings;
    private final MeetingPermissions permissions;
    private final MeetingViews views;

    MeetingApiController(ReviewMeetings meetings, MeetingPermissions permissions, MeetingViews views) {
        this.meetings = meetings;
        this.permissions = permissions;
        this.views = views;
    }

    // ------------------------------------------------------------------------------------------ the office

    @GetMapping
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Meetings", description = "The meetings of a call (by date), or of every call.")
    List<MeetingSummary> list(@RequestParam(required = false) Long callId) {
        return views.meetings(callId);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Create a meeting", description = "A planned meeting of the call with its parameters.")
    @ApiResponse(responseCode = "422", description = "A parameter breaks a rule: errors lists {field, message}",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    MeetingSummary create(@RequestBody NewMeetingRequest request, @AuthenticationPrincipal CurrentUser user) {
        return meetings.create(request.callId(), request.parameters(), user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting",
            description = "The office: parameters, groups, agenda, the draw, seats with their history, reserves and "
                    + "invitations. The meeting's experts once it has started: its panels. Anyone else: 404 (the draw "
                    + "is sealed until the meeting starts).")
    @ApiResponse(responseCode = "404", description = "No such meeting, or not one the person may see",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    MeetingResource get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        MeetingSummary meeting = views.visible(id, user);
        boolean office = permissions.manages(user);
        return new MeetingResource(meeting, meetings.groups(id), meetings.agenda(id),
                office ? meetings.currentDraw(id).orElse(null) : null,
                office ? meetings.seats(id) : meetings.seats(id).stream().filter(s -> s.state() == SeatState.ACTIVE)
                        .toList(),
                office ? meetings.reserves(id) : List.of(), office ? meetings.invitations(id) : List.of());
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Change a planned meeting's parameters")
    MeetingSummary update(@PathVariable long id, @RequestBody MeetingParameters parameters,
                          @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.update(id, parameters, user);
    }

    @GetMapping("/{id}/eligible")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Applications that may be put on the agenda",
            description = "The call's applications that passed formal review and are on no meeting of the call.")
    List<AgendaEntry> eligible(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.eligible(id);
    }

    @PostMapping(path = "/{id}/groups", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Add a group by mode or industry")
    MeetingGroup addGroup(@PathVariable long id, @RequestBody GroupRequest request,
                          @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.addGroup(id, request.name(), request.basis(), request.basisCode(), user);
    }

    @DeleteMapping("/{id}/groups/{groupId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Remove an empty group")
    void removeGroup(@PathVariable long id, @PathVariable long groupId, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        meetings.removeGroup(id, groupId, user);
    }

    @PostMapping("/{id}/auto-group")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Group the eligible applications by their first mode",
            description = "Every eligible application into the group of its first mode (created when missing).")
    CountResource autoGroup(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return new CountResource(meetings.autoGroup(id, user));
    }

    @PutMapping(path = "/{id}/applications/{applicationId}", consumes = "application/json")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Put an application into a group (or move it)")
    List<AgendaEntry> put(@PathVariable long id, @PathVariable long applicationId, @RequestBody PlaceRequest request,
                          @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        meetings.putApplication(id, applicationId, request.groupId(), user);
        return meetings.agenda(id);
    }

    @DeleteMapping("/{id}/applications/{applicationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Take an application off the agenda")
    void remove(@PathVariable long id, @PathVariable long applicationId, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        meetings.removeApplication(id, applicationId, user);
    }

    @PostMapping(path = "/{id}/draw", consumes = "application/json")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Draw the experts",
            description = "Among all assignments that keep every conflict, the load cap and the coverage, one with the "
                    + "maximum total expertise match; the seed (null: the system's random source) breaks ties and is "
                    + "recorded with the inputs' digest. The same seed on unchanged inputs gives the same seats.")
    @ApiResponse(responseCode = "409", description = "Not planned, or infeasible (which application, which shortfall)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    MeetingDraw draw(@PathVariable long id, @RequestBody DrawRequest request,
                     @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.draw(id, request.seed(), user);
    }

    @PostMapping("/{id}/cancel-draw")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Cancel the draw while nobody has accepted")
    MeetingSummary cancelDraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        meetings.cancelDraw(id, user);
        return meetings.find(id).orElseThrow();
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Re-run the recorded draw",
            description = "Solves again from the stored inputs and seed; tells whether the digest and the result are "
                    + "the recorded ones.")
    DrawVerification verify(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.verify(id, user);
    }

    @PostMapping("/{id}/experts/{expertId}/replacement")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Replace an expert from the reserves",
            description = "Every vacant seat of the expert goes to the first reserve of the group (rank order) that "
                    + "keeps conflicts, the load cap and the coverage; 409 when none fits a seat (nothing changes).")
    List<Replacement> replace(@PathVariable long id, @PathVariable long expertId,
                              @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.replace(id, expertId, user);
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Start the meeting (on or after its date): unseals the panels to its experts")
    MeetingSummary start(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.start(id, user);
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("@meetingPermissions.manages(authentication)")
    @Operation(summary = "Close the meeting")
    MeetingSummary close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        views.visible(id, user);
        return meetings.close(id, user);
    }

    // ------------------------------------------------------------------------------------------ the expert

    @GetMapping("/invitations")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    @Operation(summary = "My invitations", description = "The expert's invitations to drawn, started or closed meetings.")
    List<InvitationResource> invitations(@AuthenticationPrincipal CurrentUser user) {
        return meetings.invitationsOf(user.id()).stream().map(i -> views.invitation(i, user)).toList();
    }

    @GetMapping("/{id}/invitation")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    @Operation(summary = "My invitation to a meeting",
            description = "With the pledge's text and, once accepted, the enterprise and project names of my seats "
                    + "(to declare conflicts); 404 when not invited.")
    InvitationResource invitation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return views.invitation(own(id, user), user);
    }

    @PostMapping("/{id}/invitation/accept")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    @Operation(summary = "Accept the invitation (until the meeting starts)")
    InvitationResource accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        own(id, user);
        return views.invitation(meetings.accept(id, user), user);
    }

    @PostMapping(path = "/{id}/invitation/decline", consumes = "application/json")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    @Operation(summary = "Decline the invitation (until the meeting starts): the seats become vacant")
    InvitationResource decline(@PathVariable long id, @RequestBody DeclineRequest request,
                               @AuthenticationPrincipal CurrentUser user) {
        own(id, user);
        return views.invitation(meetings.decline(id, request.reason(), user), user);
    }

    @PostMapping("/{id}/invitation/pledge")
    @PreAuthorize("@meetingPermissions.seesInvitations(authentication)")
    @Operation(summary = "Sign the pledge (回避与保密承诺)",
            description = "After accepting; the applications of the expert's seats open to them from then on.")
    InvitationResource pledge(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        own(id, user);
        return views.invitation(meetings.pledge(id, user), user);
    }

    private Invitation own(long id, CurrentUser user) {
        return meetings.invitation(id, user.id()).orElseThrow(() -> new MeetingNotFoundException(id));
    }

    // ------------------------------------------------------------------------------------------ resources

    record NewMeetingRequest(long callId, String title, LocalDate meetingDate, String place,
                             int expertsPerApplication, int coverage, int loadCap, int reservesPerGroup) {
        MeetingParameters parameters() {
            return new MeetingParameters(title, meetingDate, place, expertsPerApplication, coverage, loadCap,
                    reservesPerGroup);
        }
    }

    record GroupRequest(String name, GroupBasis basis, String basisCode) {
    }

    record PlaceRequest(long groupId) {
    }

    record DrawRequest(@Schema(description = "the seed; null for one from the system's random source") Long seed) {
    }

    record DeclineRequest(String reason) {
    }

    record CountResource(int count) {
    }

    record MeetingResource(MeetingSummary meeting, List<MeetingGroup> groups, List<AgendaEntry> agenda,
                           MeetingDraw draw, List<MeetingSeat> seats, List<MeetingReserve> reserves,
                           List<Invitation> invitations) {
    }

    /** An invitation with the pledge text and the names of the applications of the expert's active seats. */
    record InvitationResource(MeetingSummary meeting, Invitation invitation, String pledgeText,
                              List<SeatApplication> seats) {
    }

    record SeatApplication(long applicationId, String number, String enterpriseName, String projectName,
                           boolean readable) {
    }
}
