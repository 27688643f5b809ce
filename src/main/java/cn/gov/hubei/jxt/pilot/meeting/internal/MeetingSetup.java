package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.meeting.GroupBasis;
import cn.gov.hubei.jxt.pilot.meeting.MeetingGroup;
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRefusedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingRejectedException;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.internal.MeetingRepository.MeetingRow;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.gov.hubei.jxt.pilot.meeting.internal.MeetingGuards.entry;

/** Setting a meeting up while it is planned: parameters, groups, agenda, grouping by mode. */
@Service
class MeetingSetup {

    private final MeetingRepository repository;
    private final MeetingGuards guards;
    private final AgendaFacts facts;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingSetup(MeetingRepository repository, MeetingGuards guards, AgendaFacts facts, Calls calls,
                 ReferenceCatalog reference, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.guards = guards;
        this.facts = facts;
        this.calls = calls;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

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

    @Transactional
    public MeetingSummary create(long callId, MeetingParameters parameters, CurrentUser by) {
        guards.requireOfficer(by);
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

    @Transactional
    public MeetingSummary update(long meetingId, MeetingParameters parameters, CurrentUser by) {
        MeetingRow meeting = guards.lockEditable(meetingId, by);
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

    @Transactional
    public MeetingGroup addGroup(long meetingId, String name, GroupBasis basis, String basisCode, CurrentUser by) {
        guards.lockEditable(meetingId, by);
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

    @Transactional
    public void removeGroup(long meetingId, long groupId, CurrentUser by) {
        guards.lockEditable(meetingId, by);
        MeetingGroup group = group(meetingId, groupId);
        if (group.applications() > 0) {
            throw new MeetingRefusedException("meeting.group.not-empty", group.name());
        }
        repository.deleteGroup(groupId);
        audit.record(entry("meeting.group-removed", meetingId, by).detail("groupId", groupId)
                .detail("name", group.name()).build());
    }

    @Transactional
    public void putApplication(long meetingId, long applicationId, long groupId, CurrentUser by) {
        MeetingRow meeting = guards.lockEditable(meetingId, by);
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

    @Transactional
    public void removeApplication(long meetingId, long applicationId, CurrentUser by) {
        guards.lockEditable(meetingId, by);
        if (repository.removeApplication(meetingId, applicationId)) {
            audit.record(entry("meeting.application-removed", meetingId, by).detail("applicationId", applicationId)
                    .build());
        }
    }

    @Transactional
    public int autoGroup(long meetingId, CurrentUser by) {
        MeetingRow meeting = guards.lockEditable(meetingId, by);
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
}
