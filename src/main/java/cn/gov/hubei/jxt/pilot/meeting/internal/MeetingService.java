package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.AgendaEntry;
import cn.gov.hubei.jxt.pilot.meeting.DrawVerification;
import cn.gov.hubei.jxt.pilot.meeting.GroupBasis;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.MeetingDraw;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingReserve;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSeat;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.Replacement;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * {@link ReviewMeetings}, one use case a class: each write goes permission (checked there, whoever calls) → meeting
 * row lock → guard of the transition table and the rules → write → audit entry → events, in one transaction.
 */
@Service
class MeetingService implements ReviewMeetings {

    private final MeetingSetup setup;
    private final ExpertDraw draw;
    private final SeatReplacement replacement;
    private final MeetingProgress progress;
    private final InvitationAnswers answers;
    private final MeetingReads reads;

    MeetingService(MeetingSetup setup, ExpertDraw draw, SeatReplacement replacement, MeetingProgress progress,
                   InvitationAnswers answers, MeetingReads reads) {
        this.setup = setup;
        this.draw = draw;
        this.replacement = replacement;
        this.progress = progress;
        this.answers = answers;
        this.reads = reads;
    }

    @Override
    public List<FieldProblem> check(MeetingParameters parameters) {
        return setup.check(parameters);
    }

    @Override
    public MeetingSummary create(long callId, MeetingParameters parameters, CurrentUser by) {
        return setup.create(callId, parameters, by);
    }

    @Override
    public MeetingSummary update(long meetingId, MeetingParameters parameters, CurrentUser by) {
        return setup.update(meetingId, parameters, by);
    }

    @Override
    public MeetingGroup addGroup(long meetingId, String name, GroupBasis basis, String basisCode, CurrentUser by) {
        return setup.addGroup(meetingId, name, basis, basisCode, by);
    }

    @Override
    public void removeGroup(long meetingId, long groupId, CurrentUser by) {
        setup.removeGroup(meetingId, groupId, by);
    }

    @Override
    public void putApplication(long meetingId, long applicationId, long groupId, CurrentUser by) {
        setup.putApplication(meetingId, applicationId, groupId, by);
    }

    @Override
    public void removeApplication(long meetingId, long applicationId, CurrentUser by) {
        setup.removeApplication(meetingId, applicationId, by);
    }

    @Override
    public int autoGroup(long meetingId, CurrentUser by) {
        return setup.autoGroup(meetingId, by);
    }

    @Override
    public MeetingDraw draw(long meetingId, Long seed, CurrentUser by) {
        return draw.draw(meetingId, seed, by);
    }

    @Override
    public void cancelDraw(long meetingId, CurrentUser by) {
        draw.cancelDraw(meetingId, by);
    }

    @Override
    public DrawVerification verify(long meetingId, CurrentUser by) {
        return draw.verify(meetingId, by);
    }

    @Override
    public List<Replacement> replace(long meetingId, long expertId, CurrentUser by) {
        return replacement.replace(meetingId, expertId, by);
    }

    @Override
    public MeetingSummary start(long meetingId, CurrentUser by) {
        return progress.start(meetingId, by);
    }

    @Override
    public MeetingSummary close(long meetingId, CurrentUser by) {
        return progress.close(meetingId, by);
    }

    @Override
    public Invitation accept(long meetingId, CurrentUser by) {
        return answers.accept(meetingId, by);
    }

    @Override
    public Invitation decline(long meetingId, String reason, CurrentUser by) {
        return answers.decline(meetingId, reason, by);
    }

    @Override
    public Invitation pledge(long meetingId, CurrentUser by) {
        return answers.pledge(meetingId, by);
    }

    @Override
    public String pledgeText(long meetingId) {
        return answers.pledgeText(meetingId);
    }

    @Override
    public Optional<MeetingSummary> find(long meetingId) {
        return reads.find(meetingId);
    }

    @Override
    public MeetingParameters parameters(long meetingId) {
        return reads.parameters(meetingId);
    }

    @Override
    public List<MeetingSummary> all() {
        return reads.all();
    }

    @Override
    public List<MeetingGroup> groups(long meetingId) {
        return reads.groups(meetingId);
    }

    @Override
    public List<AgendaEntry> agenda(long meetingId) {
        return reads.agenda(meetingId);
    }

    @Override
    public List<AgendaEntry> eligible(long meetingId) {
        return reads.eligible(meetingId);
    }

    @Override
    public Optional<MeetingDraw> currentDraw(long meetingId) {
        return reads.currentDraw(meetingId);
    }

    @Override
    public List<MeetingSeat> seats(long meetingId) {
        return reads.seats(meetingId);
    }

    @Override
    public List<MeetingReserve> reserves(long meetingId) {
        return reads.reserves(meetingId);
    }

    @Override
    public List<Invitation> invitations(long meetingId) {
        return reads.invitations(meetingId);
    }

    @Override
    public List<Invitation> invitationsOf(long accountId) {
        return reads.invitationsOf(accountId);
    }

    @Override
    public Optional<Invitation> invitation(long meetingId, long accountId) {
        return reads.invitation(meetingId, accountId);
    }
}
