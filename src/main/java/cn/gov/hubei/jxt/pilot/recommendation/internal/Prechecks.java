package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.EntryRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeChecks;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-check (预审) of an application's current submitted version against the eight recommendation conditions
 * (§四): the page that shows the facts and the verdicts, and saving the verdicts.
 */
@Service
public class Prechecks {

    private final RecommendationRepository repository;
    private final ProjectApplications applications;
    private final Calls calls;
    private final RecommendationLists lists;
    private final WaitingApplications waiting;
    private final ReferenceCatalog reference;
    private final CreditCodeChecks codes;
    private final RecommendationPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    Prechecks(RecommendationRepository repository, ProjectApplications applications, Calls calls,
              RecommendationLists lists, WaitingApplications waiting, ReferenceCatalog reference,
              CreditCodeChecks codes, RecommendationPermissions permissions, AuditTrail audit, Clock clock,
              TransactionTemplate tx) {
        this.repository = repository;
        this.applications = applications;
        this.calls = calls;
        this.lists = lists;
        this.waiting = waiting;
        this.reference = reference;
        this.codes = codes;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** The application's current submitted version with the facts and the verdicts, as the user may see it. */
    public Review review(long applicationId, CurrentUser user) {
        return review(applicationId, RecommendationPermissions.scope(user));
    }

    /** The application's current submitted version with the facts and the verdicts, for the caller's scope. */
    public Review review(long applicationId, ApplicationScope scope) {
        ApplicationSummary application = applications.find(applicationId, scope)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        if (application.lastVersionNo() == 0) {
            throw new ApplicationNotFoundException(applicationId);
        }
        FrozenVersion version = applications.version(applicationId, application.lastVersionNo(), scope)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        CallSummary call = calls.find(application.callId()).orElseThrow();
        Map<RecommendationCondition, PrecheckItem> items = new EnumMap<>(RecommendationCondition.class);
        repository.precheck(applicationId, application.lastVersionNo()).forEach(i -> items.put(i.condition(), i));
        ListRow row = repository.find(call.id(), application.divisionCode()).orElse(null);
        RecommendationList list = lists.build(call, application.divisionCode(), row);
        Integer rank = repository.entry(applicationId).map(EntryRow::rank).orElse(null);
        Stranded stranded = waiting.stranded(call.id(), application.divisionCode()).stream()
                .filter(s -> s.application().id() == applicationId).findFirst().orElse(null);
        return new Review(application, version, PrecheckFacts.of(version.snapshot(), reference, codes), items, call,
                list, lists.closedReason(call, row), !clock.instant().isBefore(call.filingClosesAt()), rank,
                applications.history(applicationId, scope), stranded);
    }

    /**
     * Saves the verdicts on all eight conditions for the application's current version, as the recommender of its
     * division while the list is open. A 不符合 or 待核实 needs a note that says why or what is to be verified.
     *
     * @throws ApplicationNotFoundException when the application is not one of {@code by}'s division
     * @throws InvalidInputException        when a verdict is missing or a note is missing or too long
     */
    public List<PrecheckItem> save(long applicationId, List<PrecheckInput> inputs, CurrentUser by) {
        // another division's application is "not found" before anything about the input is said
        Decisions.inReach(applications, applicationId, by);
        Map<RecommendationCondition, PrecheckInput> byCondition = new EnumMap<>(RecommendationCondition.class);
        for (PrecheckInput input : inputs == null ? List.<PrecheckInput>of() : inputs) {
            RecommendationCondition.byNumber(input.condition()).ifPresent(c -> byCondition.put(c, input));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<RecommendationCondition, Verdict> verdicts = new EnumMap<>(RecommendationCondition.class);
        Map<RecommendationCondition, String> notes = new EnumMap<>(RecommendationCondition.class);
        for (RecommendationCondition condition : RecommendationCondition.values()) {
            PrecheckInput input = byCondition.get(condition);
            String field = "items[" + (condition.number() - 1) + "]";
            Verdict verdict = input == null ? null : Verdict.of(input.verdict());
            String note = Inputs.clean(input == null ? null : input.note());
            if (verdict == null) {
                problems.add(FieldProblem.missing(field + ".verdict", "recommendation.precheck.verdict-missing",
                        condition.titleKey()));
            } else if (verdict != Verdict.MET && note == null) {
                problems.add(FieldProblem.missing(field + ".note", "recommendation.precheck.note-required",
                        condition.titleKey(), verdict.labelKey()));
            }
            if (note != null && Inputs.length(note) > Inputs.NOTE_LIMIT) {
                problems.add(FieldProblem.invalid(field + ".note", "recommendation.precheck.note-too-long",
                        Inputs.NOTE_LIMIT, Inputs.length(note)));
            }
            verdicts.put(condition, verdict);
            notes.put(condition, note);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tx.execute(status -> {
            ApplicationSummary application = Decisions.inReach(applications, applicationId, by);
            CallSummary call = calls.find(application.callId()).orElseThrow();
            ListRow row = lists.lock(call, application.divisionCode(), by.username());
            lists.require(permissions.canDecide(by, application,
                            lists.build(call, application.divisionCode(), row)), call, row,
                    new RecommendationRefusedException("recommendation.refused.not-recommender"));
            if (application.status() != ApplicationStatus.SUBMITTED) {
                throw new RecommendationRefusedException("recommendation.precheck.decided",
                        "application.status." + application.status().name());
            }
            Instant now = clock.instant();
            Map<String, Object> saved = new LinkedHashMap<>();
            for (RecommendationCondition condition : RecommendationCondition.values()) {
                repository.savePrecheck(applicationId, application.lastVersionNo(), condition,
                        verdicts.get(condition), notes.get(condition), by.username(), now);
                saved.put(String.valueOf(condition.number()), verdicts.get(condition).name());
            }
            audit.record(AuditRecord.of("recommendation.prechecked").target("application", applicationId)
                    .actor(by.username(), null).detail("versionNo", application.lastVersionNo())
                    .detail("verdicts", saved)
                    .detail("notMet", verdicts.entrySet().stream().filter(e -> e.getValue() == Verdict.NOT_MET)
                            .map(e -> e.getKey().number()).toList())
                    .build());
            return repository.precheck(applicationId, application.lastVersionNo());
        });
    }
}
