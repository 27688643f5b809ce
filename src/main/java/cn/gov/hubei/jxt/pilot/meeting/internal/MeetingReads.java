package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.meeting.AgendaEntry;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.MeetingDraw;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingReserve;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSeat;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.AgendaRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.DrawRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.InvitationRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.ReserveRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.SeatRow;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The meetings' system reads: the caller applies {@link MeetingPermissions#seesPanels}. */
@Service
class MeetingReads {

    private final MeetingRepository repository;
    private final AgendaFacts facts;
    private final Experts experts;

    MeetingReads(MeetingRepository repository, AgendaFacts facts, Experts experts) {
        this.repository = repository;
        this.facts = facts;
        this.experts = experts;
    }

    public Optional<MeetingSummary> find(long meetingId) {
        return repository.find(meetingId).map(MeetingRow::summary);
    }

    public MeetingParameters parameters(long meetingId) {
        MeetingRow m = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        return new MeetingParameters(m.summary().title(), m.summary().meetingDate(), m.summary().place(),
                m.summary().expertsPerApplication(), m.summary().coverage(), m.loadCap(), m.reservesPerGroup());
    }

    public List<MeetingSummary> all() {
        return repository.all().stream().map(MeetingRow::summary).toList();
    }

    public List<MeetingGroup> groups(long meetingId) {
        return repository.groups(meetingId);
    }

    public List<AgendaEntry> agenda(long meetingId) {
        MeetingRow meeting = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        Map<Long, ApplicationSummary> passed = facts.passed(meeting.summary().callId());
        List<AgendaEntry> entries = new ArrayList<>();
        for (AgendaRow row : repository.agenda(meetingId)) {
            ApplicationSummary a = passed.get(row.applicationId());
            if (a == null) {
                a = facts.find(row.applicationId()).orElseThrow();
            }
            entries.add(new AgendaEntry(a.id(), a.number(), a.enterpriseName(), a.projectName(), row.groupId(),
                    facts.modes(a)));
        }
        Map<Long, Integer> positions = repository.groups(meetingId).stream()
                .collect(Collectors.toMap(MeetingGroup::id, MeetingGroup::position));
        entries.sort(Comparator.comparing((AgendaEntry e) -> positions.get(e.groupId()))
                .thenComparing(AgendaEntry::number));
        return entries;
    }

    public List<AgendaEntry> eligible(long meetingId) {
        MeetingRow meeting = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        Set<Long> taken = new HashSet<>(repository.onAnyMeeting(meeting.summary().callId()));
        return facts.passed(meeting.summary().callId()).values().stream().filter(a -> !taken.contains(a.id()))
                .map(a -> new AgendaEntry(a.id(), a.number(), a.enterpriseName(), a.projectName(), 0,
                        facts.modes(a)))
                .toList();
    }

    public Optional<MeetingDraw> currentDraw(long meetingId) {
        return repository.currentDraw(meetingId).map(MeetingReads::toDraw);
    }

    public List<MeetingSeat> seats(long meetingId) {
        List<SeatRow> rows = repository.seats(meetingId);
        Map<Long, String> names = names(rows.stream().map(SeatRow::expertId).toList());
        return rows.stream().map(s -> new MeetingSeat(s.id(), s.meetingId(), s.applicationId(), s.expertId(),
                names.getOrDefault(s.expertId(), "#" + s.expertId()), s.score(), s.covers(), "DRAW".equals(s.origin()),
                s.state(), s.vacatedReason(), s.vacatedAt(), s.replacesSeatId(), s.replacedBy(), s.createdAt()))
                .toList();
    }

    public List<MeetingReserve> reserves(long meetingId) {
        List<ReserveRow> rows = repository.reserves(meetingId);
        Map<Long, String> names = names(rows.stream().map(ReserveRow::expertId).toList());
        return rows.stream().map(r -> new MeetingReserve(r.meetingId(), r.groupId(), r.rank(), r.expertId(),
                names.getOrDefault(r.expertId(), "#" + r.expertId()), r.calledAt())).toList();
    }

    public List<Invitation> invitations(long meetingId) {
        return withNames(repository.invitations(meetingId));
    }

    public List<Invitation> invitationsOf(long accountId) {
        return withNames(repository.invitationsOfAccount(accountId));
    }

    public Optional<Invitation> invitation(long meetingId, long accountId) {
        return repository.invitationOfAccount(meetingId, accountId)
                .filter(i -> repository.find(meetingId).map(m -> m.status() != MeetingStatus.PLANNED).orElse(false))
                .map(i -> withNames(List.of(i)).get(0));
    }

    private List<Invitation> withNames(List<InvitationRow> rows) {
        Map<Long, String> names = names(rows.stream().map(InvitationRow::expertId).toList());
        return rows.stream().map(i -> new Invitation(i.meetingId(), i.expertId(), i.accountId(),
                names.getOrDefault(i.expertId(), "#" + i.expertId()), i.asReserve(), i.state(), i.invitedAt(),
                i.answeredAt(), i.declineReason(), i.pledgedAt())).toList();
    }

    Invitation toInvitation(InvitationRow i) {
        return withNames(List.of(i)).get(0);
    }

    private Map<Long, String> names(List<Long> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        experts.all(expertIds.stream().distinct().toList()).forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    static MeetingDraw toDraw(DrawRow d) {
        return new MeetingDraw(d.id(), d.meetingId(), d.seed(), "SYSTEM".equals(d.seedSource()), d.inputDigest(),
                d.totalScore(), d.seatCount(), d.drawnBy(), d.drawnAt());
    }
}
