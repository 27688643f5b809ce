package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.meeting.MeetingApplication;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.PanelSeat;
import cn.gov.hubei.jxt.pilot.meeting.Panels;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.PanelRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Panels}: the panels as the scoring and the other stages read them (system reads, no permission here). */
@Service
@Transactional(readOnly = true)
class PanelReads implements Panels {

    private final MeetingRepository repository;
    private final ReviewMeetings meetings;
    private final Experts experts;
    private final ConflictsOfInterest conflicts;

    PanelReads(MeetingRepository repository, ReviewMeetings meetings, Experts experts,
               ConflictsOfInterest conflicts) {
        this.repository = repository;
        this.meetings = meetings;
        this.experts = experts;
        this.conflicts = conflicts;
    }

    @Override
    public Optional<MeetingSummary> meeting(long meetingId) {
        return repository.find(meetingId).map(MeetingRepository.MeetingRow::summary);
    }

    @Override
    public List<MeetingSummary> ofCall(long callId) {
        return repository.ofCall(callId).stream().map(MeetingRepository.MeetingRow::summary).toList();
    }

    @Override
    public List<MeetingApplication> applications(long meetingId) {
        if (repository.find(meetingId).isEmpty()) {
            return List.of();
        }
        Map<Long, MeetingGroup> groups = repository.groups(meetingId).stream()
                .collect(Collectors.toMap(MeetingGroup::id, Function.identity()));
        return meetings.agenda(meetingId).stream().map(e -> {
            MeetingGroup g = groups.get(e.groupId());
            return new MeetingApplication(meetingId, e.applicationId(), g.id(), g.name(), g.position());
        }).toList();
    }

    @Override
    public List<PanelSeat> seats(long meetingId) {
        return toSeats(repository.panel(meetingId));
    }

    @Override
    public List<PanelSeat> seatsOf(long accountId) {
        return toSeats(repository.panelOfAccount(accountId));
    }

    @Override
    public boolean mayRead(long meetingId, long applicationId, long accountId) {
        return repository.readableSeat(meetingId, applicationId, accountId)
                .filter(seat -> !conflicts.conflicted(seat.expertId(), applicationId)).isPresent();
    }

    @Override
    public boolean mayScore(long meetingId, long applicationId, long accountId) {
        return mayRead(meetingId, applicationId, accountId) && repository.find(meetingId)
                .map(m -> m.status() == MeetingStatus.STARTED).orElse(false);
    }

    private List<PanelSeat> toSeats(List<PanelRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Expert> byId = experts.all(rows.stream().map(PanelRow::expertId).distinct().toList()).stream()
                .collect(Collectors.toMap(Expert::id, Function.identity()));
        return rows.stream().map(r -> {
            Expert e = byId.get(r.expertId());
            return new PanelSeat(r.meetingId(), r.applicationId(), r.expertId(),
                    r.accountId() != null ? r.accountId() : e == null ? null : e.accountId(),
                    e == null ? "#" + r.expertId() : e.name(), r.accepted(), r.pledged());
        }).toList();
    }
}
