package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.expert.Conflict;
import cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest;
import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.meeting.AgendaEntry;
import cn.gov.hubei.jxt.pilot.meeting.DrawVerification;
import cn.gov.hubei.jxt.pilot.meeting.GroupBasis;
import cn.gov.hubei.jxt.pilot.meeting.Invitation;
import cn.gov.hubei.jxt.pilot.meeting.InvitationState;
import cn.gov.hubei.jxt.pilot.meeting.MeetingDraw;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingNotFoundException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingPermissions;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRejectedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingReserve;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSeat;
import cn.gov.hubei.jxt.pilot.meeting.MeetingStatus;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.MeetingTransition;
import cn.gov.hubei.jxt.pilot.meeting.Replacement;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.meeting.SeatState;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.AgendaRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.DrawRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.InvitationRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.ReserveRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.SeatRow;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawInfeasibleException;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawProblem;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawResult;
import cn.gov.hubei.jxt.pilot.meeting.internal.draw.DrawSolver;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review meetings' use cases: permission (checked here, whoever calls) → meeting row lock → guard of the
 * transition table and the rules → write → audit entry → events (notices), all in one transaction.
 */
@Service
class MeetingService implements ReviewMeetings {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final MeetingRepository repository;
    private final MeetingPermissions permissions;
    private final AgendaFacts facts;
    private final Experts experts;
    private final ConflictsOfInterest conflicts;
    private final DrawSolver solver;
    private final ApplicationAssignments assignments;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    MeetingService(MeetingRepository repository, MeetingPermissions permissions, AgendaFacts facts, Experts experts,
                   ConflictsOfInterest conflicts, DrawSolver solver, ApplicationAssignments assignments, Calls calls,
                   ReferenceCatalog reference, AuditTrail audit, ApplicationEventPublisher events,
                   MessageSource messages, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.facts = facts;
        this.experts = experts;
        this.conflicts = conflicts;
        this.solver = solver;
        this.assignments = assignments;
        this.calls = calls;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------ parameters

    @Override
    public List<FieldProblem> check(MeetingParameters p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.title() == null || p.title().isEmpty()) {
            problems.add(FieldProblem.missing("title", "meeting.rule.title.missing"));
        } else if (p.title().codePointCount(0, p.title().length()) > MeetingParameters.TITLE_LIMIT) {
            problems.add(FieldProblem.invalid("title", "meeting.rule.title.too-long", MeetingParameters.TITLE_LIMIT));
        }
        if (p.place() == null || p.place().isEmpty()) {
            problems.add(FieldProblem.missing("place", "meeting.rule.place.missing"));
        } else if (p.place().codePointCount(0, p.place().length()) > MeetingParameters.PLACE_LIMIT) {
            problems.add(FieldProblem.invalid("place", "meeting.rule.place.too-long", MeetingParameters.PLACE_LIMIT));
        }
        if (p.meetingDate() == null) {
            problems.add(FieldProblem.missing("meetingDate", "meeting.rule.meetingDate.missing"));
        } else if (p.meetingDate().isBefore(LocalDate.now(clock).minusYears(1))
                || p.meetingDate().isAfter(LocalDate.now(clock).plusYears(2))) {
            problems.add(FieldProblem.invalid("meetingDate", "meeting.rule.meetingDate.range"));
        }
        if (p.expertsPerApplication() < 1 || p.expertsPerApplication() > MeetingParameters.MAX_EXPERTS) {
            problems.add(FieldProblem.invalid("expertsPerApplication", "meeting.rule.experts.range",
                    MeetingParameters.MAX_EXPERTS));
        }
        if (p.coverage() < 0 || p.coverage() > p.expertsPerApplication()) {
            problems.add(FieldProblem.invalid("coverage", "meeting.rule.coverage.range"));
        }
        if (p.loadCap() < 1 || p.loadCap() > MeetingParameters.MAX_LOAD) {
            problems.add(FieldProblem.invalid("loadCap", "meeting.rule.loadCap.range", MeetingParameters.MAX_LOAD));
        }
        if (p.reservesPerGroup() < 0 || p.reservesPerGroup() > MeetingParameters.MAX_RESERVES) {
            problems.add(FieldProblem.invalid("reservesPerGroup", "meeting.rule.reserves.range",
                    MeetingParameters.MAX_RESERVES));
        }
        return problems;
    }

    @Override
    @Transactional
    public MeetingSummary create(long callId, MeetingParameters parameters, CurrentUser by) {
        requireOfficer(by);
        calls.find(callId).orElseThrow(() -> new MeetingRefusedException("meeting.call.not-found"));
        requireValid(parameters);
        Instant now = clock.instant();
        long id = repository.insert(callId, parameters, by.username(), now);
        audit.record(entry("meeting.created", id, by).detail("callId", callId)
                .detail("title", parameters.title()).detail("meetingDate", parameters.meetingDate())
                .detail("place", parameters.place()).detail("expertsPerApplication", parameters.expertsPerApplication())
                .detail("coverage", parameters.coverage()).detail("loadCap", parameters.loadCap())
                .detail("reservesPerGroup", parameters.reservesPerGroup()).build());
        return repository.find(id).orElseThrow().summary();
    }

    @Override
    @Transactional
    public MeetingSummary update(long meetingId, MeetingParameters parameters, CurrentUser by) {
        MeetingRow meeting = lockEditable(meetingId, by);
        requireValid(parameters);
        repository.update(meeting.id(), parameters, by.username(), clock.instant());
        audit.record(entry("meeting.updated", meetingId, by).detail("title", parameters.title())
                .detail("meetingDate", parameters.meetingDate()).detail("place", parameters.place())
                .detail("expertsPerApplication", parameters.expertsPerApplication())
                .detail("coverage", parameters.coverage()).detail("loadCap", parameters.loadCap())
                .detail("reservesPerGroup", parameters.reservesPerGroup()).build());
        return repository.find(meetingId).orElseThrow().summary();
    }

    // ------------------------------------------------------------------------------------------ groups, agenda

    @Override
    @Transactional
    public MeetingGroup addGroup(long meetingId, String name, GroupBasis basis, String basisCode, CurrentUser by) {
        lockEditable(meetingId, by);
        String text = name == null ? "" : name.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(FieldProblem.missing("name", "meeting.rule.group.name.missing"));
        } else if (text.codePointCount(0, text.length()) > 100) {
            problems.add(FieldProblem.invalid("name", "meeting.rule.group.name.too-long", 100));
        }
        if (basis == null || !validBasis(basis, basisCode)) {
            problems.add(FieldProblem.invalid("basisCode", "meeting.rule.group.basis.unknown"));
        } else if (repository.groups(meetingId).stream()
                .anyMatch(g -> g.basis() == basis && g.basisCode().equals(basisCode))) {
            problems.add(FieldProblem.invalid("basisCode", "meeting.rule.group.basis.taken"));
        }
        if (!problems.isEmpty()) {
            throw new MeetingRejectedException(problems);
        }
        long id = repository.insertGroup(meetingId, text, basis, basisCode);
        audit.record(entry("meeting.group-added", meetingId, by).detail("groupId", id).detail("name", text)
                .detail("basis", basis).detail("basisCode", basisCode).build());
        return repository.groups(meetingId).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public void removeGroup(long meetingId, long groupId, CurrentUser by) {
        lockEditable(meetingId, by);
        MeetingGroup group = group(meetingId, groupId);
        if (group.applications() > 0) {
            throw new MeetingRefusedException("meeting.group.not-empty", group.name());
        }
        repository.deleteGroup(groupId);
        audit.record(entry("meeting.group-removed", meetingId, by).detail("groupId", groupId)
                .detail("name", group.name()).build());
    }

    @Override
    @Transactional
    public void putApplication(long meetingId, long applicationId, long groupId, CurrentUser by) {
        MeetingRow meeting = lockEditable(meetingId, by);
        MeetingGroup group = group(meetingId, groupId);
        ApplicationSummary application = facts.find(applicationId)
                .filter(a -> a.callId() == meeting.summary().callId())
                .filter(a -> a.status() == cn.gov.hubei.jxt.pilot.application.ApplicationStatus.FORMAL_PASSED)
                .orElseThrow(() -> new MeetingRefusedException("meeting.agenda.not-passed"));
        Optional<Long> other = repository.meetingOf(meeting.summary().callId(), applicationId);
        if (other.isPresent() && other.get() != meetingId) {
            throw new MeetingRefusedException("meeting.agenda.on-other-meeting", application.number(),
                    repository.find(other.get()).map(m -> m.summary().title()).orElse(""));
        }
        repository.putApplication(meetingId, meeting.summary().callId(), applicationId, groupId, by.username(),
                clock.instant());
        audit.record(entry("meeting.application-put", meetingId, by).detail("applicationId", applicationId)
                .detail("number", application.number()).detail("groupId", groupId).detail("group", group.name())
                .build());
    }

    @Override
    @Transactional
    public void removeApplication(long meetingId, long applicationId, CurrentUser by) {
        lockEditable(meetingId, by);
        if (repository.removeApplication(meetingId, applicationId)) {
            audit.record(entry("meeting.application-removed", meetingId, by).detail("applicationId", applicationId)
                    .build());
        }
    }

    @Override
    @Transactional
    public int autoGroup(long meetingId, CurrentUser by) {
        MeetingRow meeting = lockEditable(meetingId, by);
        Set<Long> taken = new HashSet<>(repository.onAnyMeeting(meeting.summary().callId()));
        Map<String, MeetingGroup> byMode = new HashMap<>();
        repository.groups(meetingId).stream().filter(g -> g.basis() == GroupBasis.MODE)
                .forEach(g -> byMode.put(g.basisCode(), g));
        Instant now = clock.instant();
        int added = 0;
        for (ApplicationSummary application : facts.passed(meeting.summary().callId()).values()) {
            if (taken.contains(application.id())) {
                continue;
            }
            List<String> modes = facts.modes(application);
            String mode = modes.isEmpty() ? "OTHER" : modes.get(0);
            MeetingGroup group = byMode.get(mode);
            if (group == null) {
                String name = reference.mode(mode).map(m -> m.name()).orElse(mode);
                long id = repository.insertGroup(meetingId, name, GroupBasis.MODE, mode);
                group = repository.groups(meetingId).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
                byMode.put(mode, group);
            }
            repository.putApplication(meetingId, meeting.summary().callId(), application.id(), group.id(),
                    by.username(), now);
            added++;
        }
        audit.record(entry("meeting.auto-grouped", meetingId, by).detail("added", added).build());
        return added;
    }

    // ------------------------------------------------------------------------------------------ the draw

    @Override
    @Transactional
    public MeetingDraw draw(long meetingId, Long seed, CurrentUser by) {
        MeetingRow meeting = lock(meetingId, by);
        requireTransition(MeetingTransition.DRAW, meeting, by);
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
        return toDraw(repository.currentDraw(meetingId).orElseThrow());
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

    @Override
    @Transactional
    public void cancelDraw(long meetingId, CurrentUser by) {
        MeetingRow meeting = lock(meetingId, by);
        requireTransition(MeetingTransition.CANCEL_DRAW, meeting, by);
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

    @Override
    @Transactional
    public DrawVerification verify(long meetingId, CurrentUser by) {
        MeetingRow meeting = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        if (!permissions.canVerify(by, meeting.status())) {
            throw refusedOrHidden(by, "meeting.verify.refused");
        }
        DrawRow draw = repository.currentDraw(meetingId).orElseThrow(
                () -> new MeetingRefusedException("meeting.verify.refused"));
        DrawProblem problem = json.readValue(draw.problem(), DrawProblem.class);
        DrawResult recorded = json.readValue(draw.result(), DrawResult.class);
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

    // ------------------------------------------------------------------------------------------ replacement

    @Override
    @Transactional
    public List<Replacement> replace(long meetingId, long expertId, CurrentUser by) {
        MeetingRow meeting = lock(meetingId, by);
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

    // ------------------------------------------------------------------------------------------ start, close

    @Override
    @Transactional
    public MeetingSummary start(long meetingId, CurrentUser by) {
        MeetingRow meeting = lock(meetingId, by);
        requireTransition(MeetingTransition.START, meeting, by);
        if (LocalDate.now(clock).isBefore(meeting.summary().meetingDate())) {
            throw new MeetingRefusedException("meeting.start.too-early", meeting.summary().meetingDate().toString());
        }
        repository.status(meetingId, MeetingStatus.STARTED, by.username(), clock.instant());
        audit.record(entry("meeting.started", meetingId, by).build());
        return repository.find(meetingId).orElseThrow().summary();
    }

    @Override
    @Transactional
    public MeetingSummary close(long meetingId, CurrentUser by) {
        MeetingRow meeting = lock(meetingId, by);
        requireTransition(MeetingTransition.CLOSE, meeting, by);
        repository.status(meetingId, MeetingStatus.CLOSED, by.username(), clock.instant());
        audit.record(entry("meeting.closed", meetingId, by).build());
        return repository.find(meetingId).orElseThrow().summary();
    }

    // ------------------------------------------------------------------------------------------ the expert

    @Override
    @Transactional
    public Invitation accept(long meetingId, CurrentUser by) {
        MeetingRow meeting = repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        InvitationRow invitation = ownInvitation(meeting, by);
        if (invitation.state() == InvitationState.ACCEPTED) {
            return toInvitation(invitation);
        }
        if (!permissions.canAnswer(by, meeting.status(), toInvitation(invitation))) {
            throw new MeetingRefusedException("meeting.answer.refused", label(meeting.status()));
        }
        if (invitation.state() == InvitationState.DECLINED) {
            throw new MeetingRefusedException("meeting.accept.declined");
        }
        repository.answer(meetingId, invitation.expertId(), InvitationState.INVITED, InvitationState.ACCEPTED, null,
                clock.instant());
        audit.record(entry("meeting.invitation-accepted", meetingId, by, Role.EXPERT)
                .detail("expertId", invitation.expertId()).build());
        return toInvitation(repository.invitation(meetingId, invitation.expertId()).orElseThrow());
    }

    @Override
    @Transactional
    public Invitation decline(long meetingId, String reason, CurrentUser by) {
        MeetingRow meeting = repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        InvitationRow invitation = ownInvitation(meeting, by);
        if (invitation.state() == InvitationState.DECLINED) {
            return toInvitation(invitation);
        }
        if (!permissions.canAnswer(by, meeting.status(), toInvitation(invitation))) {
            throw new MeetingRefusedException("meeting.answer.refused", label(meeting.status()));
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.codePointCount(0, text.length()) > 500) {
            throw new MeetingRejectedException(List.of(FieldProblem.invalid("reason",
                    "meeting.rule.decline.reason.too-long", 500)));
        }
        Instant now = clock.instant();
        repository.answer(meetingId, invitation.expertId(), invitation.state(), InvitationState.DECLINED, text, now);
        List<Long> vacated = vacateAll(meeting.id(), invitation.expertId(), invitation.accountId(), "DECLINED", now,
                by.username());
        audit.record(entry("meeting.invitation-declined", meetingId, by, Role.EXPERT)
                .detail("expertId", invitation.expertId()).detail("vacatedApplications", vacated).build());
        return toInvitation(repository.invitation(meetingId, invitation.expertId()).orElseThrow());
    }

    @Override
    @Transactional
    public Invitation pledge(long meetingId, CurrentUser by) {
        MeetingRow meeting = repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        InvitationRow invitation = ownInvitation(meeting, by);
        if (invitation.pledgedAt() != null) {
            return toInvitation(invitation);
        }
        if (!permissions.canPledge(by, meeting.status(), toInvitation(invitation))) {
            throw new MeetingRefusedException("meeting.pledge.refused");
        }
        Instant now = clock.instant();
        String text = pledgeText(meeting.summary(), Locale.SIMPLIFIED_CHINESE);
        String sha = sha256(text);
        repository.pledge(meetingId, invitation.expertId(), sha, now);
        List<Long> assigned = new ArrayList<>();
        for (SeatRow seat : repository.activeSeatsOf(meetingId, invitation.expertId())) {
            if (conflicts.conflicted(invitation.expertId(), seat.applicationId())) {
                repository.vacate(seat.id(), "CONFLICT", now);
                continue;
            }
            assignments.assign(seat.applicationId(), by.id(), by.username());
            assigned.add(seat.applicationId());
        }
        audit.record(entry("meeting.pledge-signed", meetingId, by, Role.EXPERT)
                .detail("expertId", invitation.expertId()).detail("meeting", meeting.summary().title())
                .detail("pledgeTextSha256", sha).detail("assignedApplications", assigned).build());
        return toInvitation(repository.invitation(meetingId, invitation.expertId()).orElseThrow());
    }

    @Override
    public String pledgeText(long meetingId) {
        MeetingSummary meeting = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId))
                .summary();
        return pledgeText(meeting, LocaleContextHolder.getLocale());
    }

    private String pledgeText(MeetingSummary meeting, Locale locale) {
        return messages.getMessage("meeting.pledge.text", new Object[]{meeting.title(),
                meeting.meetingDate().toString(), meeting.place()}, locale);
    }

    /**
     * The expert's seats on the application become vacant and the application is no longer assigned to them, in the
     * transaction that recorded the conflict.
     */
    @Transactional
    void conflictDeclared(long expertId, Long accountId, long applicationId, String actor) {
        Instant now = clock.instant();
        for (SeatRow seat : repository.activeSeatsOn(expertId, applicationId)) {
            repository.lock(seat.meetingId());
            if (repository.vacate(seat.id(), "CONFLICT", now)) {
                audit.record(AuditRecord.of("meeting.seat-vacated").target("review_meeting", seat.meetingId())
                        .actor(actor, null).detail("seatId", seat.id()).detail("expertId", expertId)
                        .detail("applicationId", applicationId).detail("reason", "CONFLICT").build());
            }
        }
        if (accountId != null) {
            assignments.unassign(applicationId, accountId, actor);
        }
    }

    private List<Long> vacateAll(long meetingId, long expertId, Long accountId, String reason, Instant now,
                                 String actor) {
        List<Long> vacated = new ArrayList<>();
        for (SeatRow seat : repository.activeSeatsOf(meetingId, expertId)) {
            if (repository.vacate(seat.id(), reason, now)) {
                vacated.add(seat.applicationId());
                if (accountId != null) {
                    assignments.unassign(seat.applicationId(), accountId, actor);
                }
            }
        }
        return vacated;
    }

    private InvitationRow ownInvitation(MeetingRow meeting, CurrentUser by) {
        if (by == null || !by.has(Role.EXPERT) || by.isAdministrator()) {
            throw new MeetingNotFoundException(meeting.id());
        }
        return repository.invitationOfAccount(meeting.id(), by.id())
                .filter(i -> meeting.status() != MeetingStatus.PLANNED)
                .orElseThrow(() -> new MeetingNotFoundException(meeting.id()));
    }

    // ------------------------------------------------------------------------------------------ reads

    @Override
    public Optional<MeetingSummary> find(long meetingId) {
        return repository.find(meetingId).map(MeetingRow::summary);
    }

    @Override
    public MeetingParameters parameters(long meetingId) {
        MeetingRow m = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        return new MeetingParameters(m.summary().title(), m.summary().meetingDate(), m.summary().place(),
                m.summary().expertsPerApplication(), m.summary().coverage(), m.loadCap(), m.reservesPerGroup());
    }

    @Override
    public List<MeetingSummary> all() {
        return repository.all().stream().map(MeetingRow::summary).toList();
    }

    @Override
    public List<MeetingGroup> groups(long meetingId) {
        return repository.groups(meetingId);
    }

    @Override
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

    @Override
    public List<AgendaEntry> eligible(long meetingId) {
        MeetingRow meeting = repository.find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        Set<Long> taken = new HashSet<>(repository.onAnyMeeting(meeting.summary().callId()));
        return facts.passed(meeting.summary().callId()).values().stream().filter(a -> !taken.contains(a.id()))
                .map(a -> new AgendaEntry(a.id(), a.number(), a.enterpriseName(), a.projectName(), 0,
                        facts.modes(a)))
                .toList();
    }

    @Override
    public Optional<MeetingDraw> currentDraw(long meetingId) {
        return repository.currentDraw(meetingId).map(MeetingService::toDraw);
    }

    @Override
    public List<MeetingSeat> seats(long meetingId) {
        List<SeatRow> rows = repository.seats(meetingId);
        Map<Long, String> names = names(rows.stream().map(SeatRow::expertId).toList());
        return rows.stream().map(s -> new MeetingSeat(s.id(), s.meetingId(), s.applicationId(), s.expertId(),
                names.getOrDefault(s.expertId(), "#" + s.expertId()), s.score(), s.covers(), "DRAW".equals(s.origin()),
                s.state(), s.vacatedReason(), s.vacatedAt(), s.replacesSeatId(), s.replacedBy(), s.createdAt()))
                .toList();
    }

    @Override
    public List<MeetingReserve> reserves(long meetingId) {
        List<ReserveRow> rows = repository.reserves(meetingId);
        Map<Long, String> names = names(rows.stream().map(ReserveRow::expertId).toList());
        return rows.stream().map(r -> new MeetingReserve(r.meetingId(), r.groupId(), r.rank(), r.expertId(),
                names.getOrDefault(r.expertId(), "#" + r.expertId()), r.calledAt())).toList();
    }

    @Override
    public List<Invitation> invitations(long meetingId) {
        return withNames(repository.invitations(meetingId));
    }

    @Override
    public List<Invitation> invitationsOf(long accountId) {
        return withNames(repository.invitationsOfAccount(accountId));
    }

    @Override
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

    private Invitation toInvitation(InvitationRow i) {
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

    private static MeetingDraw toDraw(DrawRow d) {
        return new MeetingDraw(d.id(), d.meetingId(), d.seed(), "SYSTEM".equals(d.seedSource()), d.inputDigest(),
                d.totalScore(), d.seatCount(), d.drawnBy(), d.drawnAt());
    }

    // ------------------------------------------------------------------------------------------ guards

    private void requireOfficer(CurrentUser by) {
        if (!permissions.manages(by)) {
            throw new MeetingRefusedException("meeting.not-officer");
        }
    }

    private MeetingRow lock(long meetingId, CurrentUser by) {
        requireOfficer(by);
        return repository.lock(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    private MeetingRow lockEditable(long meetingId, CurrentUser by) {
        MeetingRow meeting = lock(meetingId, by);
        if (!permissions.canEdit(by, meeting.status())) {
            throw new MeetingRefusedException("meeting.edit.refused", label(meeting.status()));
        }
        return meeting;
    }

    private void requireTransition(MeetingTransition transition, MeetingRow meeting, CurrentUser by) {
        transition.requireAllowedFrom(meeting.status());
        if (!permissions.canPerform(by, transition, meeting.status())) {
            throw new MeetingRefusedException("meeting.not-officer");
        }
    }

    private RuntimeException refusedOrHidden(CurrentUser by, String key) {
        return permissions.manages(by) ? new MeetingRefusedException(key) : new MeetingNotFoundException(0);
    }

    private void requireValid(MeetingParameters parameters) {
        List<FieldProblem> problems = check(parameters);
        if (!problems.isEmpty()) {
            throw new MeetingRejectedException(problems);
        }
    }

    private MeetingGroup group(long meetingId, long groupId) {
        return repository.groups(meetingId).stream().filter(g -> g.id() == groupId).findFirst()
                .orElseThrow(() -> new MeetingRefusedException("meeting.group.not-found"));
    }

    private boolean validBasis(GroupBasis basis, String code) {
        if (code == null) {
            return false;
        }
        return basis == GroupBasis.MODE ? reference.modes().stream().anyMatch(m -> m.code().equals(code))
                : reference.industries().stream().anyMatch(i -> i.code().equals(code));
    }

    private static Long accountOf(Map<Long, Expert> pool, long expertId) {
        Expert expert = pool.get(expertId);
        return expert == null ? null : expert.accountId();
    }

    private static org.springframework.context.MessageSourceResolvable label(MeetingStatus status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[]{status.labelKey()}, status.name());
    }

    private static AuditRecord.Builder entry(String action, long meetingId, CurrentUser by) {
        return entry(action, meetingId, by, Role.OFFICER);
    }

    private static AuditRecord.Builder entry(String action, long meetingId, CurrentUser by, Role role) {
        return AuditRecord.of(action).target("review_meeting", meetingId).actor(by.username(), role.name());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
