package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationStatus;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.portal.PortalPermissions;
import cn.gov.hubei.jxt.pilot.portal.ScenarioNotFoundException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioPhase;
import cn.gov.hubei.jxt.pilot.portal.ScenarioPublicationChanged;
import cn.gov.hubei.jxt.pilot.portal.ScenarioRefusedException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioRejectedException;
import cn.gov.hubei.jxt.pilot.portal.ScenarioStatus;
import cn.gov.hubei.jxt.pilot.portal.ScenarioTransition;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenario;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenarios;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The typical scenarios' use cases: the office's and the enterprise's lists (taking up new candidates first), the
 * table's actions with their guard (performer, phase, status, version, reason), the public text and the project's
 * industry. Each change is one conditional update, one history row, one audit entry and one
 * {@link ScenarioPublicationChanged}, in one transaction.
 */
@Service
class ScenarioService implements TypicalScenarios {

    private static final Map<String, String> AUDIT = Map.of(
            "consent", "portal.scenario-consented",
            "withdraw", "portal.scenario-consent-withdrawn",
            "approve", "portal.scenario-approved",
            "reject", "portal.scenario-rejected",
            "reopen", "portal.scenario-reopened");

    private final ScenarioRepository repository;
    private final ScenarioCandidates candidates;
    private final PortalPermissions permissions;
    private final OtherStages stages;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScenarioService(ScenarioRepository repository, ScenarioCandidates candidates, PortalPermissions permissions,
                    OtherStages stages, ProjectApplications applications, ReferenceCatalog reference,
                    AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.candidates = candidates;
        this.permissions = permissions;
        this.stages = stages;
        this.applications = applications;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<TypicalScenario> candidates(ScenarioStatus status, CurrentUser officer) {
        if (!permissions.isOfficer(officer)) {
            return List.of();
        }
        candidates.takeUpAll();
        return withPhases(repository.all(status));
    }

    @Override
    @Transactional
    public List<TypicalScenario> ofEnterprise(CurrentUser applicant) {
        if (!permissions.isApplicant(applicant)) {
            return List.of();
        }
        long enterpriseId = applicant.enterpriseId().orElseThrow();
        candidates.takeUpEnterprise(enterpriseId);
        return withPhases(repository.ofEnterprise(enterpriseId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TypicalScenario> find(long scenarioId, CurrentUser user) {
        return repository.find(scenarioId).map(this::withPhase).filter(s -> permissions.sees(user, s));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TypicalScenario.Change> history(long scenarioId, CurrentUser user) {
        find(scenarioId, user).orElseThrow(() -> new ScenarioNotFoundException(scenarioId));
        return repository.history(scenarioId);
    }

    @Override
    @Transactional
    public TypicalScenario act(long scenarioId, String action, String reason, Integer expectedVersion,
                               CurrentUser user) {
        TypicalScenario s = repository.lock(scenarioId).map(this::withPhase).filter(x -> permissions.sees(user, x))
                .orElseThrow(() -> new ScenarioNotFoundException(scenarioId));
        ScenarioTransition any = java.util.Arrays.stream(ScenarioTransition.values())
                .filter(t -> t.code().equals(action)).findFirst()
                .orElseThrow(() -> new ScenarioRefusedException("portal.scenario.action.unknown"));
        if (!permissions.performs(user, s, any)) {
            throw new ScenarioRefusedException("portal.scenario." + action + ".not-performer");
        }
        if (alreadyDone(action, s.status())) {
            return s; // a repeated request: the action is done, nothing changes
        }
        if (expectedVersion != null && expectedVersion != s.version()) {
            throw new ScenarioRefusedException("portal.scenario.stale");
        }
        ScenarioTransition t = ScenarioTransition.of(action, s.status()).orElseThrow(() ->
                new ScenarioRefusedException("portal.scenario." + action + ".refused",
                        new DefaultMessageSourceResolvable(s.status().labelKey())));
        if (!permissions.may(user, s, action)) {
            throw new ScenarioRefusedException("portal.scenario.phase.refused",
                    new DefaultMessageSourceResolvable(s.phase().labelKey()));
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (t.reasonRequired()) {
            List<FieldProblem> problems = TypicalScenarios.checkReason(cleanReason);
            if (!problems.isEmpty()) {
                throw new ScenarioRejectedException(problems);
            }
        }
        Instant now = clock.instant();
        boolean consent = t.code().equals("consent");
        boolean decision = t.performer() == ScenarioTransition.Performer.OFFICER;
        boolean cleared = t.to() == ScenarioStatus.WITHDRAWN || t.to() == ScenarioStatus.CANDIDATE;
        String consentedBy = consent ? user.username() : cleared ? null : s.consentedBy();
        Instant consentedAt = consent ? now : cleared ? null : s.consentedAt();
        boolean reopened = t.to() == ScenarioStatus.CANDIDATE;
        String decidedBy = decision && !reopened ? user.username() : reopened ? null : s.decidedBy();
        Instant decidedAt = decision && !reopened ? now : reopened ? null : s.decidedAt();
        String storedReason = decision && !reopened ? cleanReason : reopened ? null : s.reason();
        Instant publishedAt = t.to() == ScenarioStatus.PUBLISHED ? now : null;
        if (!repository.move(s.id(), t.from(), t.to(), s.version(), consentedBy, consentedAt, decidedBy, decidedAt,
                storedReason, publishedAt)) {
            throw new ScenarioRefusedException("portal.scenario.stale");
        }
        repository.recordChange(s.id(), t.name(), t.from(), t.to(), user.username(), now, cleanReason);
        audit.record(AuditRecord.of(AUDIT.get(action)).target("portal_scenario", s.id())
                .actor(user.username(), user.primaryRole().name())
                .detail("applicationId", s.applicationId()).detail("transition", t.name())
                .detail("from", t.from().name()).detail("to", t.to().name())
                .detail("reason", cleanReason).build());
        events.publishEvent(new ScenarioPublicationChanged(s.id(), s.applicationId()));
        return repository.find(s.id()).map(this::withPhase).orElseThrow();
    }

    private static boolean alreadyDone(String action, ScenarioStatus status) {
        if (action.equals("consent") && status == ScenarioStatus.PUBLISHED) {
            return true; // published implies the consent
        }
        return ScenarioTransition.of(action, status).isEmpty() && ScenarioTransition.targetsOf(action).contains(status);
    }

    @Override
    @Transactional
    public TypicalScenario editPublicText(long scenarioId, String publicTitle, String publicSummary,
                                          int expectedVersion, CurrentUser officer) {
        TypicalScenario s = repository.lock(scenarioId).map(this::withPhase).filter(x -> permissions.sees(officer, x))
                .orElseThrow(() -> new ScenarioNotFoundException(scenarioId));
        if (!permissions.canEditPublicText(officer, s)) {
            throw new ScenarioRefusedException("portal.scenario.edit.refused",
                    new DefaultMessageSourceResolvable(s.status().labelKey()));
        }
        List<FieldProblem> problems = TypicalScenarios.checkPublicText(publicTitle, publicSummary);
        if (!problems.isEmpty()) {
            throw new ScenarioRejectedException(problems);
        }
        String title = publicTitle.strip();
        String summary = publicSummary == null || publicSummary.isBlank() ? null : publicSummary.strip();
        if (title.equals(s.publicTitle()) && java.util.Objects.equals(summary, s.publicSummary())) {
            return s; // nothing changed: a repeated request
        }
        if (expectedVersion != s.version() || !repository.updatePublicText(s.id(), title, summary, s.version())) {
            throw new ScenarioRefusedException("portal.scenario.stale");
        }
        audit.record(AuditRecord.of("portal.scenario-text-edited").target("portal_scenario", s.id())
                .actor(officer.username(), officer.primaryRole().name())
                .detail("applicationId", s.applicationId()).detail("publicTitle", title)
                .detail("publicSummary", summary).build());
        events.publishEvent(new ScenarioPublicationChanged(s.id(), s.applicationId()));
        return repository.find(s.id()).map(this::withPhase).orElseThrow();
    }

    @Override
    @Transactional
    public void assignIndustry(long applicationId, String industryCode, CurrentUser officer) {
        if (!permissions.canAssignIndustry(officer)) {
            throw new ScenarioRefusedException("portal.industry.refused");
        }
        boolean passed = applications.find(applicationId, ApplicationScope.PROVINCE)
                .filter(a -> a.status() == ApplicationStatus.FORMAL_PASSED).isPresent();
        if (!passed) {
            throw new ScenarioRefusedException("portal.industry.not-eligible");
        }
        String code = industryCode == null || industryCode.isBlank() ? null : industryCode.strip();
        if (code != null && reference.industries().stream().noneMatch(i -> i.code().equals(code))) {
            throw new ScenarioRejectedException(List.of(FieldProblem.invalid("industry", "portal.industry.unknown")));
        }
        if (java.util.Objects.equals(code, repository.industryOf(applicationId).orElse(null))) {
            return;
        }
        repository.setIndustry(applicationId, code, officer.username(), clock.instant());
        audit.record(AuditRecord.of("portal.project-industry-set").target("project_application", applicationId)
                .actor(officer.username(), officer.primaryRole().name()).detail("industry", code).build());
        events.publishEvent(new ScenarioPublicationChanged(null, applicationId));
    }

    private List<TypicalScenario> withPhases(List<TypicalScenario> scenarios) {
        Map<Long, DesignatedProject> designated = stages.designated().stream()
                .collect(Collectors.toMap(DesignatedProject::applicationId, Function.identity(), (a, b) -> b));
        return scenarios.stream().map(s -> withPhase(s, Optional.ofNullable(designated.get(s.applicationId()))))
                .toList();
    }

    private TypicalScenario withPhase(TypicalScenario s) {
        return withPhase(s, stages.designationOf(s.applicationId()));
    }

    /** The repository's phase (passed formal review or not), refined by the designation if there is one. */
    private static TypicalScenario withPhase(TypicalScenario s, Optional<DesignatedProject> designation) {
        if (s.phase() == ScenarioPhase.INELIGIBLE || designation.isEmpty()) {
            return s;
        }
        return s.withPhase(designation.get().status() == DesignationStatus.REVOKED ? ScenarioPhase.INELIGIBLE
                : ScenarioPhase.DESIGNATED);
    }
}
