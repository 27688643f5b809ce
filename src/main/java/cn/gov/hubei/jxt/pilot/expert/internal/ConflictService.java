package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.expert.PanelInvitations;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.Conflict;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclaration;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclared;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.ConflictSource;
import cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.ExpertPermissions;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Conflicts of interest: the automatic ones computed in one pass over the experts and applications asked about (a
 * fixed number of queries however many pairs: the experts' keys, the applications, their enterprises, the group
 * registry, the live declarations), and the declared ones with their writes.
 */
@Service
class ConflictService implements ConflictsOfInterest, ConflictDeclarations {

    /** Up to this many applications (enterprises) are read one by one; more are read with one query. */
    static final int FEW = 20;

    private final ConflictRepository repository;
    private final List<PanelInvitations> invitations;
    private final ExpertRepository experts;
    private final GroupRepository groups;
    private final ProjectApplications applications;
    private final cn.gov.hubei.jxt.pilot.application.ApplicationPermissions applicationPermissions;
    private final Enterprises enterprises;
    private final ReferenceCatalog reference;
    private final ExpertPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConflictService(ConflictRepository repository, ExpertRepository experts, GroupRepository groups,
                    ProjectApplications applications,
                    cn.gov.hubei.jxt.pilot.application.ApplicationPermissions applicationPermissions,
                    Enterprises enterprises, ReferenceCatalog reference, ExpertPermissions permissions,
                    AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                    List<PanelInvitations> invitations) {
        this.invitations = List.copyOf(invitations);
        this.repository = repository;
        this.experts = experts;
        this.groups = groups;
        this.applications = applications;
        this.applicationPermissions = applicationPermissions;
        this.enterprises = enterprises;
        this.reference = reference;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------ ConflictsOfInterest

    /** The applicant and the recommending unit of one application, as the rules compare them. */
    private record Side(long applicationId, String creditCode, String name, String nameKey, Set<Long> groupIds,
                        String unitName, String unitKey) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Conflict> between(Collection<Long> expertIds, Collection<Long> applicationIds) {
        if (expertIds.isEmpty() || applicationIds.isEmpty()) {
            return List.of();
        }
        Long[] expertArray = new LinkedHashSet<>(expertIds).toArray(Long[]::new);
        Long[] applicationArray = new LinkedHashSet<>(applicationIds).toArray(Long[]::new);
        List<ConflictRepository.ExpertKey> keys = repository.expertKeys(expertArray);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<ApplicationSummary> summaries = summaries(applicationArray);
        Map<Long, Enterprise> enterpriseById = enterprises(summaries);
        List<GroupRepository.MemberKey> members = groups.memberKeys();
        Map<Long, String> groupNames = new TreeMap<>();
        members.forEach(m -> groupNames.put(m.groupId(), m.groupName()));
        groups.all().forEach(g -> groupNames.put(g.id(), g.name()));
        Map<String, String> unitNames = new HashMap<>();

        List<Side> sides = new ArrayList<>();
        for (ApplicationSummary a : summaries) {
            Enterprise enterprise = enterpriseById.get(a.enterpriseId());
            String code = enterprise == null ? null : enterprise.creditCode();
            String name = enterprise == null ? a.enterpriseName() : enterprise.name();
            String key = Names.key(name);
            String unit = unitNames.computeIfAbsent(a.divisionCode(),
                    c -> reference.recommendingUnit(c).orElse(""));
            sides.add(new Side(a.id(), code, name, key, groupsOf(members, code, key, null), unit.isEmpty() ? null : unit,
                    unit.isEmpty() ? null : Names.key(unit)));
        }

        List<Conflict> conflicts = new ArrayList<>();
        for (ConflictRepository.ExpertKey e : keys) {
            Set<Long> expertGroups = groupsOf(members, e.creditCode(), e.nameKey(), e.groupId());
            for (Side s : sides) {
                boolean employer = false;
                if (e.creditCode() != null && e.creditCode().equals(s.creditCode())) {
                    conflicts.add(new Conflict(e.id(), s.applicationId(), ConflictKind.EMPLOYER, s.creditCode()));
                    employer = true;
                } else if (e.nameKey().equals(s.nameKey())) {
                    conflicts.add(new Conflict(e.id(), s.applicationId(), ConflictKind.EMPLOYER, s.name()));
                    employer = true;
                }
                if (!employer && !expertGroups.isEmpty()) {
                    for (Long group : s.groupIds()) {
                        if (expertGroups.contains(group)) {
                            conflicts.add(new Conflict(e.id(), s.applicationId(), ConflictKind.SAME_GROUP,
                                    groupNames.get(group)));
                            break;
                        }
                    }
                }
                if (s.unitKey() != null && s.unitKey().equals(e.nameKey())) {
                    conflicts.add(new Conflict(e.id(), s.applicationId(), ConflictKind.RECOMMENDING_DIVISION,
                            s.unitName()));
                }
            }
        }
        for (ConflictRepository.Declared d : repository.live(expertArray, applicationArray)) {
            conflicts.add(new Conflict(d.expertId(), d.applicationId(), d.kind(), d.text()));
        }
        conflicts.sort(Comparator.comparingLong(Conflict::expertId).thenComparingLong(Conflict::applicationId)
                .thenComparing(Conflict::kind));
        return conflicts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean conflicted(long expertId, long applicationId) {
        return !between(List.of(expertId), List.of(applicationId)).isEmpty();
    }

    /** The groups (sorted) an organisation belongs to: by the registry's members, and the one recorded, if any. */
    private static Set<Long> groupsOf(List<GroupRepository.MemberKey> members, String creditCode, String nameKey,
                                      Long recorded) {
        Set<Long> found = new java.util.TreeSet<>();
        if (recorded != null) {
            found.add(recorded);
        }
        for (GroupRepository.MemberKey m : members) {
            if (creditCode != null && creditCode.equals(m.creditCode()) || nameKey != null && nameKey.equals(m.nameKey())) {
                found.add(m.groupId());
            }
        }
        return found;
    }

    private List<ApplicationSummary> summaries(Long[] ids) {
        if (ids.length <= FEW) {
            List<ApplicationSummary> found = new ArrayList<>();
            for (Long id : ids) {
                applications.find(id, ApplicationScope.ALL).ifPresent(found::add);
            }
            return found;
        }
        Set<Long> wanted = new HashSet<>(List.of(ids));
        return applications.list(ApplicationQuery.in(ApplicationScope.ALL)).stream()
                .filter(a -> wanted.contains(a.id())).toList();
    }

    private Map<Long, Enterprise> enterprises(List<ApplicationSummary> summaries) {
        Set<Long> ids = new LinkedHashSet<>();
        summaries.forEach(a -> ids.add(a.enterpriseId()));
        Map<Long, Enterprise> found = new HashMap<>();
        if (ids.size() > FEW) {
            for (Enterprise e : enterprises.search("", Integer.MAX_VALUE)) {
                if (ids.contains(e.id())) {
                    found.put(e.id(), e);
                }
            }
        }
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                enterprises.find(id).ifPresent(e -> found.put(id, e));
            }
        }
        return found;
    }

    // ----------------------------------------------------------------------------------- ConflictDeclarations

    @Override
    @Transactional
    public ConflictDeclaration declare(long expertId, long applicationId, ConflictKind kind, String text,
                                       CurrentUser by) {
        ExpertDetails expert = experts.lock(expertId).orElseThrow(ExpertRefusedException::notFound);
        if (!permissions.canRead(by, expert.expert())) {
            throw ExpertRefusedException.notFound();
        }
        if (!permissions.canDeclare(by, expert.expert())) {
            throw new ExpertRefusedException("expert.conflict.inactive");
        }
        ApplicationScope scope = permissions.canManage(by) ? applicationPermissions.scopeOf(by)
                : ApplicationScope.assigned(by.id());
        Optional<ApplicationSummary> found = applications.find(applicationId, scope);
        if (found.isEmpty() && permissions.isSelf(by, expert.expert()) && seatedBeforePledge(by.id(), applicationId)) {
            // seated and accepted, the pledge not signed yet: the expert knows the names and may declare from them
            found = applications.find(applicationId, ApplicationScope.PROVINCE);
        }
        ApplicationSummary application = found
                .orElseThrow(() -> new ExpertRefusedException("expert.conflict.application-not-found"));
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(FieldProblem.missing("kind", "expert.conflict.kind.required"));
        } else if (kind.source() != ConflictSource.DECLARED) {
            problems.add(FieldProblem.invalid("kind", "expert.conflict.kind.automatic"));
        }
        String words = text == null || text.isBlank() ? null : text.strip();
        if (words == null && kind == ConflictKind.OTHER) {
            problems.add(FieldProblem.missing("text", "expert.conflict.text.required"));
        }
        if (words != null && words.length() > MAX_TEXT) {
            problems.add(FieldProblem.invalid("text", "expert.conflict.text.too-long", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw ExpertRefusedException.invalid(problems);
        }
        Instant now = now();
        Optional<Long> inserted = repository.insert(expertId, applicationId, application.callId(), kind, words,
                by.username(), now);
        if (inserted.isEmpty()) {
            return repository.liveOf(expertId, applicationId, kind).orElseThrow(); // declared before: nothing new
        }
        boolean self = permissions.isSelf(by, expert.expert());
        audit.record(AuditRecord.of("expert.conflict-declared").target("expert_conflict_declaration", inserted.get())
                .actor(by.username(), self ? Role.EXPERT.name() : Role.OFFICER.name())
                .detail("expert", expertId).detail("application", applicationId).detail("call", application.callId())
                .detail("kind", kind.name()).build());
        events.publishEvent(new ConflictDeclared(expertId, expert.expert().accountId(), applicationId,
                application.callId(), kind, now, by.username()));
        return repository.find(inserted.get()).orElseThrow();
    }

    @Override
    @Transactional
    public ConflictDeclaration withdraw(long declarationId, String reason, CurrentUser by) {
        if (!permissions.canWithdrawDeclaration(by)) {
            throw ExpertRefusedException.notFound();
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw ExpertRefusedException.invalid(List.of(FieldProblem.missing("reason", "expert.reason.required")));
        }
        if (text.length() > MAX_TEXT) {
            throw ExpertRefusedException.invalid(List.of(FieldProblem.invalid("reason", "expert.reason.too-long",
                    MAX_TEXT)));
        }
        ConflictDeclaration declaration = repository.lock(declarationId).orElseThrow(ExpertRefusedException::notFound);
        if (!declaration.live()) {
            return declaration;
        }
        repository.withdraw(declarationId, text, by.username(), now());
        audit.record(AuditRecord.of("expert.conflict-withdrawn").target("expert_conflict_declaration", declarationId)
                .actor(by.username(), Role.OFFICER.name()).detail("expert", declaration.expertId())
                .detail("application", declaration.applicationId()).detail("reason", text).build());
        return repository.find(declarationId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConflictDeclaration> ofExpert(long expertId, CurrentUser viewer) {
        return experts.find(expertId).filter(e -> permissions.canRead(viewer, e.expert()))
                .map(e -> repository.ofExpert(expertId)).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConflictDeclaration> ofCall(long callId, CurrentUser viewer) {
        return permissions.canManage(viewer) ? repository.ofCall(callId) : List.of();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private boolean seatedBeforePledge(long accountId, long applicationId) {
        return invitations.stream().anyMatch(i -> i.isSeatedOn(accountId, applicationId));
    }
}
