package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.expert.Conflict;
import cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.DrawVerification;
import cn.gov.hubei.jxt.pilot.meeting.MeetingDraw;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingTransition;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.AgendaRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.DrawRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.InvitationRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawInfeasibleException;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawProblem;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawResult;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawSolver;
import cn.gov.hubei.jxt.pilot.platform.StoredJson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.entry;
import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.sha256;

/**
 * The draw of a meeting's experts: the problem built from the agenda, the pool and the conflicts, solved with the seed
 * and recorded with its inputs; cancelling it while nobody accepted; re-running it to verify the record.
 */
@Service
class ExpertDraw {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final MeetingRepository repository;
    private final MeetingPermissions permissions;
    private final MeetingGuards guards;
    private final AgendaFacts facts;
    private final Experts experts;
    private final ConflictsOfInterest conflicts;
    private final DrawSolver solver;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ExpertDraw(MeetingRepository repository, MeetingPermissions permissions, MeetingGuards guards, AgendaFacts facts,
               Experts experts, ConflictsOfInterest conflicts, DrawSolver solver, AuditTrail audit,
               ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.guards = guards;
        this.facts = facts;
        this.experts = experts;
        this.conflicts = conflicts;
        this.solver = solver;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public MeetingDraw draw(long meetingId, Long seed, CurrentUser by) {
        MeetingRow meeting = guards.lock(meetingId, by);
        guards.requireTransition(MeetingTransition.DRAW, meeting, by);
        List<AgendaRow> agenda = repository.agenda(meetingId);
        if (agenda.isEmpty()) {
            throw new MeetingRefusedException("meeting.draw.no-applications");
        }
        List<MeetingGroup> groups = repository.groups(meetingId);
        DrawProblem problem = problem(meeting, agenda, groups);
        boolean systemSeed = seed == null;
        long theSeed = systemSeed ? SEEDS.nextLong() : seed;
        DrawResult result;
        try {
            result = solver.solve(problem, theSeed);
        } catch (DrawInfeasibleException e) {
            throw infeasible(e, meeting);
        }
        Instant now = clock.instant();
        String resultJson = json.writeValueAsString(result);
        long drawId = repository.insertDraw(meetingId, theSeed, systemSeed, result.inputDigest(),
                json.writeValueAsString(problem), resultJson, result.totalScore(),
                result.seats().size(), by.username(), now);
        Map<Long, Expert> pool = experts.all(problem.experts()).stream()
                .collect(Collectors.toMap(Expert::id, Function.identity()));
        Set<Long> seated = new LinkedHashSet<>();
        for (DrawResult.Seat seat : result.seats()) {
            repository.insertSeat(meetingId, drawId, seat.applicationId(), seat.expertId(), seat.score(),
                    seat.covers(), null, null, now);
            seated.add(seat.expertId());
        }
        Set<Long> reserves = new LinkedHashSet<>();
        for (DrawResult.Reserve reserve : result.reserves()) {
            repository.insertReserve(meetingId, drawId, reserve.groupId(), reserve.rank(), reserve.expertId());
            if (!seated.contains(reserve.expertId())) {
                reserves.add(reserve.expertId());
            }
        }
        for (long expertId : seated) {
            repository.invite(meetingId, expertId, accountOf(pool, expertId), false, now);
        }
        for (long expertId : reserves) {
            repository.invite(meetingId, expertId, accountOf(pool, expertId), true, now);
        }
        repository.status(meetingId, MeetingStatus.DRAWN, by.username(), now);
        audit.record(entry("meeting.drawn", meetingId, by).detail("drawId", drawId).detail("seed", theSeed)
                .detail("seedSource", systemSeed ? "SYSTEM" : "OFFICER").detail("inputDigest", result.inputDigest())
                .detail("resultDigest", sha256(resultJson)).detail("totalScore", result.totalScore())
                .detail("seats", result.seats().size()).detail("reserves", result.reserves().size()).build());
        events.publishEvent(new MeetingEvents.ExpertsInvited(meetingId, List.copyOf(seated),
                MeetingEvents.ExpertsInvited.Kind.SEATED));
        if (!reserves.isEmpty()) {
            events.publishEvent(new MeetingEvents.ExpertsInvited(meetingId, List.copyOf(reserves),
                    MeetingEvents.ExpertsInvited.Kind.RESERVE));
        }
        return MeetingReads.toDraw(repository.currentDraw(meetingId).orElseThrow());
    }

    /** The draw's inputs as of now: the agenda in group then number order, the active pool, the candidate pairs. */
    private DrawProblem problem(MeetingRow meeting, List<AgendaRow> agenda, List<MeetingGroup> groups) {
        Map<Long, ApplicationSummary> passed = facts.passed(meeting.summary().callId());
        Map<Long, MeetingGroup> groupById = groups.stream().collect(Collectors.toMap(MeetingGroup::id, g -> g));
        List<AgendaRow> ordered = agenda.stream().sorted(Comparator.comparingInt(AgendaRow::groupPosition)
                .thenComparing(r -> passed.containsKey(r.applicationId())
                        ? passed.get(r.applicationId()).number() : "")
                .thenComparingLong(AgendaRow::applicationId)).toList();
        List<Expert> pool = experts.active().stream().sorted(Comparator.comparingLong(Expert::id)).toList();
        List<Long> expertIds = pool.stream().map(Expert::id).toList();
        List<Long> applicationIds = ordered.stream().map(AgendaRow::applicationId).toList();
        Set<String> conflicted = new HashSet<>();
        for (Conflict c : conflicts.between(expertIds, applicationIds)) {
            conflicted.add(c.expertId() + ":" + c.applicationId());
        }
        List<DrawProblem.Application> applications = new ArrayList<>();
        List<DrawProblem.Candidate> candidates = new ArrayList<>();
        for (AgendaRow row : ordered) {
            applications.add(new DrawProblem.Application(row.applicationId(), row.groupId()));
            MeetingGroup group = groupById.get(row.groupId());
            ApplicationSummary summary = passed.get(row.applicationId());
            List<String> modes = summary == null ? List.of() : facts.modes(summary);
            for (Expert expert : pool) {
                if (conflicted.contains(expert.id() + ":" + row.applicationId())) {
                    continue;
                }
                candidates.add(new DrawProblem.Candidate(row.applicationId(), expert.id(),
                        ExpertiseMatch.score(expert, modes, group), ExpertiseMatch.covers(expert, group)));
            }
        }
        return new DrawProblem(meeting.summary().expertsPerApplication(), meeting.summary().coverage(),
                meeting.loadCap(), meeting.reservesPerGroup(), applications, expertIds, candidates).validated();
    }

    private MeetingRefusedException infeasible(DrawInfeasibleException e, MeetingRow meeting) {
        Object[] args = e.arguments();
        if (!e.messageKey().equals("meeting.draw.infeasible.capacity") && args.length > 0
                && args[0] instanceof Number id) {
            args[0] = facts.find(id.longValue()).map(ApplicationSummary::number).orElse(String.valueOf(id));
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number n) {
                args[i] = n.toString();
            }
        }
        return new MeetingRefusedException(e.messageKey(), args);
    }

    @Transactional
    public void cancelDraw(long meetingId, CurrentUser by) {
        MeetingRow meeting = guards.lock(meetingId, by);
        guards.requireTransition(MeetingTransition.CANCEL_DRAW, meeting, by);
        if (repository.anyAccepted(meetingId)) {
            throw new MeetingRefusedException("meeting.cancel-draw.accepted");
        }
        DrawRow draw = repository.currentDraw(meetingId).orElseThrow();
        List<Long> accounts = repository.invitations(meetingId).stream().map(InvitationRow::accountId)
                .filter(java.util.Objects::nonNull).toList();
        Instant now = clock.instant();
        repository.cancelDraw(meetingId, draw.id(), by.username(), now);
        repository.status(meetingId, MeetingStatus.PLANNED, by.username(), now);
        audit.record(entry("meeting.draw-cancelled", meetingId, by).detail("drawId", draw.id())
                .detail("seed", draw.seed()).detail("inputDigest", draw.inputDigest()).build());
        events.publishEvent(new MeetingEvents.DrawCancelled(meetingId, accounts));
    }

    @Transactional
    public DrawVerification verify(long meetingId, CurrentUser by) {
        MeetingRow meeting = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        if (!permissions.canVerify(by, meeting.status())) {
            throw guards.refusedOrHidden(by, "meeting.verify.refused");
        }
        DrawRow draw = repository.currentDraw(meetingId).orElseThrow(
                () -> new MeetingRefusedException("meeting.verify.refused"));
        DrawProblem problem = StoredJson.read(json, draw.problem(), DrawProblem.class,
                "draw " + draw.id() + "'s problem");
        DrawResult recorded = StoredJson.read(json, draw.result(), DrawResult.class,
                "draw " + draw.id() + "'s result");
        String digest = solver.digest(problem);
        DrawResult rerun = solver.solve(problem, draw.seed());
        boolean same = rerun.seats().equals(recorded.seats()) && rerun.reserves().equals(recorded.reserves())
                && rerun.totalScore() == recorded.totalScore();
        DrawVerification verification = new DrawVerification(draw.id(), draw.seed(), draw.inputDigest(), digest,
                digest.equals(draw.inputDigest()), draw.totalScore(), rerun.totalScore(), same);
        audit.record(entry("meeting.draw-verified", meetingId, by).detail("drawId", draw.id())
                .detail("seed", draw.seed()).detail("inputDigest", draw.inputDigest())
                .detail("verified", verification.verified()).build());
        return verification;
    }

    private static Long accountOf(Map<Long, Expert> pool, long expertId) {
        Expert expert = pool.get(expertId);
        return expert == null ? null : expert.accountId();
    }
}
