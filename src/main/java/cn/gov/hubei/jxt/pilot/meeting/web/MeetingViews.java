package cn.gov.hubei.jxt.pilot.meeting.web;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.AgendaEntry;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.InvitationState;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.meeting.SeatState;
import cn.gov.hubei.jxt.pilot.meeting.web.MeetingApiController.InvitationResource;
import cn.gov.hubei.jxt.pilot.meeting.web.MeetingApiController.SeatApplication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the pages and the API show, scoped by {@link MeetingPermissions} (the sealing of the draw). */
@Component
class MeetingViews {

    private final ReviewMeetings meetings;
    private final Panels panels;
    private final MeetingPermissions permissions;

    MeetingViews(ReviewMeetings meetings, Panels panels, MeetingPermissions permissions) {
        this.meetings = meetings;
        this.panels = panels;
        this.permissions = permissions;
    }

    /** The meetings of a call, or every meeting (latest first) when no call is named. */
    List<MeetingSummary> meetings(Long callId) {
        if (callId != null) {
            return panels.ofCall(callId);
        }
        return meetings.all();
    }

    /**
     * The meeting if the person sees its panels (the office; the meeting's experts once it started); otherwise not
     * found, exactly as a meeting that does not exist.
     */
    MeetingSummary visible(long id, CurrentUser user) {
        MeetingSummary meeting = meetings.find(id).orElseThrow(() -> new MeetingNotFoundException(id));
        boolean meetingExpert = user != null && meetings.invitation(id, user.id())
                .map(i -> i.state() == InvitationState.ACCEPTED).orElse(false);
        if (!permissions.seesPanels(user, meeting.status(), meetingExpert)) {
            throw new MeetingNotFoundException(id);
        }
        return meeting;
    }

    /** The parameters of a meeting as its edit form shows them. */
    MeetingPageController.ParametersForm form(MeetingSummary meeting) {
        var p = meetings.parameters(meeting.id());
        return new MeetingPageController.ParametersForm(p.title(), p.meetingDate().toString(), p.place(),
                String.valueOf(p.expertsPerApplication()), String.valueOf(p.coverage()), String.valueOf(p.loadCap()),
                String.valueOf(p.reservesPerGroup()));
    }

    InvitationResource invitation(Invitation invitation, CurrentUser user) {
        MeetingSummary meeting = meetings.find(invitation.meetingId()).orElseThrow();
        List<SeatApplication> seats = List.of();
        if (permissions.seesOwnAgenda(user, meeting.status(), invitation)) {
            Map<Long, AgendaEntry> agenda = meetings.agenda(meeting.id()).stream()
                    .collect(Collectors.toMap(AgendaEntry::applicationId, Function.identity()));
            seats = meetings.seats(meeting.id()).stream()
                    .filter(s -> s.state() == SeatState.ACTIVE && s.expertId() == invitation.expertId())
                    .map(s -> {
                        AgendaEntry a = agenda.get(s.applicationId());
                        return new SeatApplication(s.applicationId(), a.number(), a.enterpriseName(),
                                a.projectName(), panels.mayRead(meeting.id(), s.applicationId(), user.id()));
                    }).toList();
        }
        return new InvitationResource(meeting, invitation, meetings.pledgeText(meeting.id()), seats);
    }
}
