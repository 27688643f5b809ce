package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.InvitationState;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.Replacement;
import cn.gov.hubei.jxt.pilot.meeting.SeatState;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.AgendaRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.DrawRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.InvitationRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.ReserveRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.SeatRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.entry;
import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.label;

/** Replacing an expert on their vacant seats from the groups' reserves, in rank order. */
@Service
class SeatReplacement {

    private final MeetingRepository repository;
    private final MeetingPermissions permissions;
    private final MeetingGuards guards;
    private final AgendaFacts facts;
    private final Experts experts;
    private final ConflictsOfInterest conflicts;
    private final ApplicationAssignments assignments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeatReplacement(MeetingRepository repository, MeetingPermissions permissions, MeetingGuards guards,
                    AgendaFacts facts, Experts experts, ConflictsOfInterest conflicts,
                    ApplicationAssignments assignments, AuditTrail audit, ApplicationEventPublisher events,
                    Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.guards = guards;
        this.facts = facts;
        this.experts = experts;
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<Replacement> replace(long meetingId, long expertId, CurrentUser by) {
        MeetingRow meeting = guards.lock(meetingId, by);
        if (!permissions.canReplace(by, meeting.status())) {
            throw new MeetingRefusedException("meeting.replace.refused", label(meeting.status()));
        }
        List<SeatRow> vacant = repository.vacantSeatsOf(meetingId, expertId);
        if (vacant.isEmpty()) {
            throw new MeetingRefusedException("meeting.replace.none-vacant");
        }
        DrawRow draw = repository.currentDraw(meetingId).orElseThrow();
        Map<Long, AgendaRow> agenda = repository.agenda(meetingId).stream()
                .collect(Collectors.toMap(AgendaRow::applicationId, r -> r));
        Map<Long, MeetingGroup> groups = repository.groups(meetingId).stream()
                .collect(Collectors.toMap(MeetingGroup::id, g -> g));
        List<ReserveRow> reserves = repository.reserves(meetingId);
        Map<Long, InvitationRow> invitations = repository.invitations(meetingId).stream()
                .collect(Collectors.toMap(InvitationRow::expertId, i -> i));
        Map<Long, Expert> reserveExperts = experts.all(reserves.stream().map(ReserveRow::expertId).distinct().toList())
                .stream().collect(Collectors.toMap(Expert::id, e -> e));
        Map<Long, ApplicationSummary> passed = facts.passed(meeting.summary().callId());
        Instant now = clock.instant();
        List<SeatRow> seats = new ArrayList<>(repository.seats(meetingId));
        List<Replacement> done = new ArrayList<>();
        Set<Long> called = new LinkedHashSet<>();
        for (SeatRow seat : vacant) {
            AgendaRow row = agenda.get(seat.applicationId());
            MeetingGroup group = groups.get(row.groupId());
            ApplicationSummary application = passed.get(seat.applicationId());
            List<String> modes = application == null ? List.of() : facts.modes(application);
            long coveringActive = seats.stream().filter(s -> s.state() == SeatState.ACTIVE
                    && s.applicationId() == seat.applicationId() && s.covers()).count();
            ReserveRow chosen = null;
            for (ReserveRow reserve : reserves) {
                if (reserve.groupId() != group.id() || reserve.expertId() == expertId) {
                    continue;
                }
                Expert candidate = reserveExperts.get(reserve.expertId());
                InvitationRow invitation = invitations.get(reserve.expertId());
                if (candidate == null || !candidate.active()
                        || invitation != null && invitation.state() == InvitationState.DECLINED) {
                    continue;
                }
                boolean sitsThere = seats.stream().anyMatch(s -> s.expertId() == reserve.expertId()
                        && s.applicationId() == seat.applicationId()
                        && (s.state() == SeatState.ACTIVE || s.state() == SeatState.VACANT
                        && "CONFLICT".equals(s.vacatedReason())));
                long load = seats.stream().filter(s -> s.state() == SeatState.ACTIVE
                        && s.expertId() == reserve.expertId()).count();
                boolean covers = ExpertiseMatch.covers(candidate, group);
                if (sitsThere || load >= meeting.loadCap()
                        || coveringActive + (covers ? 1 : 0) < meeting.summary().coverage()
                        || conflicts.conflicted(reserve.expertId(), seat.applicationId())) {
                    continue;
                }
                chosen = reserve;
                break;
            }
            if (chosen == null) {
                throw new MeetingRefusedException("meeting.replace.no-reserve",
                        application == null ? String.valueOf(seat.applicationId()) : application.number(),
                        group.name());
            }
            Expert reserveExpert = reserveExperts.get(chosen.expertId());
            int score = ExpertiseMatch.score(reserveExpert, modes, group);
            boolean covers = ExpertiseMatch.covers(reserveExpert, group);
            long newSeat = repository.insertSeat(meetingId, draw.id(), seat.applicationId(), chosen.expertId(), score,
                    covers, seat.id(), by.username(), now);
            repository.markReplaced(seat.id());
            repository.reserveCalled(draw.id(), chosen.groupId(), chosen.rank(), now);
            seats.removeIf(s -> s.id() == seat.id());
            seats.add(new SeatRow(seat.id(), meetingId, draw.id(), seat.applicationId(), seat.expertId(), seat.score(),
                    seat.covers(), seat.origin(), SeatState.REPLACED, seat.vacatedReason(), seat.vacatedAt(), null,
                    null, seat.createdAt()));
            seats.add(new SeatRow(newSeat, meetingId, draw.id(), seat.applicationId(), chosen.expertId(), score,
                    covers, "REPLACEMENT", SeatState.ACTIVE, null, null, seat.id(), by.username(), now));
            if (repository.invite(meetingId, chosen.expertId(), reserveExpert.accountId(), false, now)) {
                invitations.put(chosen.expertId(), repository.invitation(meetingId, chosen.expertId()).orElseThrow());
            } else {
                repository.seated(meetingId, chosen.expertId());
            }
            InvitationRow invitation = invitations.get(chosen.expertId());
            if (invitation != null && invitation.pledgedAt() != null && invitation.accountId() != null) {
                assignments.assign(seat.applicationId(), invitation.accountId(), by.username());
            }
            called.add(chosen.expertId());
            done.add(new Replacement(seat.id(), newSeat, seat.applicationId(), expertId, chosen.expertId(),
                    chosen.rank()));
        }
        audit.record(entry("meeting.expert-replaced", meetingId, by).detail("replacedExpertId", expertId)
                .detail("replacements", done.stream().map(r -> Map.of("applicationId", r.applicationId(),
                        "vacatedSeatId", r.vacatedSeatId(), "newSeatId", r.newSeatId(),
                        "reserveExpertId", r.reserveExpertId(), "reserveRank", r.reserveRank())).toList())
                .build());
        events.publishEvent(new MeetingEvents.ExpertsInvited(meetingId, List.copyOf(called),
                MeetingEvents.ExpertsInvited.Kind.CALLED));
        return done;
    }
}
