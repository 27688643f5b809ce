package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.documents.SummaryTable;
import cn.gov.hubei.jxt.pilot.documents.SummaryTableDocuments;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.recommendation.ListStatus;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationListReopened;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationListSubmitted;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import cn.gov.hubei.jxt.pilot.recommendation.RecommenderDesk;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.EntryRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.SubmissionRow;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeChecks;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recommenders' use cases and the province's read access to their lists. Every change of a list or of an
 * application's recommendation takes the list's row lock first (then the application's, inside
 * {@link ProjectApplications#decide}), checks that the list is open and its deadline not passed, writes, records the
 * audit entry and publishes the event, in one transaction. Which applications a recommender reaches is its
 * division's {@link ApplicationScope}: any other id is "not found".
 */
@Service
public class RecommendationService implements Recommendations, RecommenderDesk {

    static final int NOTE_LIMIT = 500;
    static final int REMARK_LIMIT = 200;
    static final int REASON_LIMIT = 1000;
    static final int KEY_LIMIT = 100;
    static final Set<FileKind> SCAN_KINDS = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);

    private final RecommendationRepository repository;
    private final ProjectApplications applications;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final CreditCodeChecks codes;
    private final FileStore files;
    private final SummaryTableDocuments documents;
    private final RecommendationMessages messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ListSubmissionNotices submissionNotices;
    private final Clock clock;
    private final TransactionTemplate tx;

    RecommendationService(RecommendationRepository repository, ProjectApplications applications, Calls calls,
                          ReferenceCatalog reference, CreditCodeChecks codes, FileStore files,
                          SummaryTableDocuments documents, RecommendationMessages messages, AuditTrail audit,
                          ApplicationEventPublisher events, ListSubmissionNotices submissionNotices, Clock clock,
                          TransactionTemplate tx) {
        this.repository = repository;
        this.applications = applications;
        this.calls = calls;
        this.reference = reference;
        this.codes = codes;
        this.files = files;
        this.documents = documents;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.submissionNotices = submissionNotices;
        this.clock = clock;
        this.tx = tx;
    }

    // ============================================================================= Recommendations (public API)

    @Override
    public Optional<RecommendationList> list(long callId, String divisionCode) {
        Optional<CallSummary> call = calls.find(callId);
        Optional<Division> division = divisionCode == null ? Optional.empty() : reference.division(divisionCode);
        if (call.isEmpty() || division.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(call.get(), division.get(), repository.find(callId, divisionCode).orElse(null)));
    }

    @Override
    public List<RecommendationList> lists(long callId) {
        Optional<CallSummary> call = calls.find(callId);
        if (call.isEmpty()) {
            return List.of();
        }
        Map<String, ListRow> rows = repository.lists(callId).stream()
                .collect(Collectors.toMap(ListRow::divisionCode, r -> r));
        return reference.divisions().stream().map(d -> build(call.get(), d, rows.get(d.code()))).toList();
    }

    @Override
    public boolean isSubmitted(long callId, String divisionCode) {
        return repository.find(callId, divisionCode).map(r -> r.status() == ListStatus.SUBMITTED).orElse(false);
    }

    @Override
    public OptionalInt rankOf(long applicationId) {
        return repository.entry(applicationId).map(e -> OptionalInt.of(e.rank())).orElse(OptionalInt.empty());
    }

    // ===================================================================================== calls and workspace

    /** The calls recommenders work in: announced and not cancelled, newest first. */
    public List<CallSummary> calls() {
        return calls.announced().stream().filter(c -> c.status() != CallStatus.CANCELLED).toList();
    }

    /** The call asked for if it is one of {@link #calls()}, else (none asked) the newest; empty when there is none. */
    public Optional<CallSummary> call(Long callId) {
        List<CallSummary> all = calls();
        if (callId == null) {
            return all.stream().findFirst();
        }
        return all.stream().filter(c -> c.id() == callId).findFirst();
    }

    /**
     * The division's applications in the call, filtered by a search text (project or enterprise name) and a
     * status, with the counts by status of all of them.
     */
    public Workspace workspace(CallSummary call, String divisionCode, String query, ApplicationStatus status) {
        List<ApplicationSummary> all = applications.list(ApplicationScope.division(divisionCode)).stream()
                .filter(a -> a.callId() == call.id()).toList();
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        all.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        String needle = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
        List<ApplicationSummary> shown = all.stream()
                .filter(a -> status == null || a.status() == status)
                .filter(a -> needle == null || contains(a.projectName(), needle) || contains(a.enterpriseName(), needle))
                .toList();
        Map<Long, Integer> versions = new HashMap<>();
        shown.forEach(a -> versions.put(a.id(), a.lastVersionNo()));
        Map<Long, List<Verdict>> verdicts = repository.verdicts(versions);
        Map<Long, Integer> ranks = new HashMap<>();
        repository.entries(call.id(), divisionCode).forEach(e -> ranks.put(e.applicationId(), e.rank()));
        List<Workspace.Row> rows = shown.stream().map(a -> new Workspace.Row(a, ranks.get(a.id()),
                PrecheckState.of(verdicts.get(a.id())))).toList();
        ListRow row = repository.find(call.id(), divisionCode).orElse(null);
        RecommendationList list = build(call, division(divisionCode), row);
        return new Workspace(call, rows, counts, all.size(), list, closedReason(call, row),
                stranded(call.id(), divisionCode));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    // ======================================================================================= pre-check, review

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
        RecommendationList list = build(call, division(application.divisionCode()), row);
        Integer rank = repository.entry(applicationId).map(EntryRow::rank).orElse(null);
        Stranded stranded = stranded(call.id(), application.divisionCode()).stream()
                .filter(s -> s.application().id() == applicationId).findFirst().orElse(null);
        return new Review(application, version, PrecheckFacts.of(version.snapshot(), reference, codes), items, call,
                list, closedReason(call, row), !clock.instant().isBefore(call.filingClosesAt()), rank,
                applications.history(applicationId, scope), stranded);
    }

    /**
     * Saves the verdicts on all eight conditions for the application's current version. A 不符合 or 待核实 needs a
     * note that says why or what is to be verified.
     *
     * @throws InvalidInputException when a verdict is missing or a note is missing or too long
     */
    public List<PrecheckItem> savePrecheck(long applicationId, String divisionCode, List<PrecheckInput> inputs,
                                           String actor) {
        // another division's application is "not found" before anything about the input is said
        inDivision(applicationId, divisionCode);
        Map<RecommendationCondition, PrecheckInput> byCondition = new EnumMap<>(RecommendationCondition.class);
        for (PrecheckInput input : inputs == null ? List.<PrecheckInput>of() : inputs) {
            RecommendationCondition.byNumber(input.condition()).ifPresent(c -> byCondition.put(c, input));
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Map<RecommendationCondition, Verdict> verdicts = new EnumMap<>(RecommendationCondition.class);
        Map<RecommendationCondition, String> notes = new EnumMap<>(RecommendationCondition.class);
        for (RecommendationCondition condition : RecommendationCondition.values()) {
            PrecheckInput input = byCondition.get(condition);
            String field = "items[" + (condition.number() - 1) + "]";
            Verdict verdict = input == null ? null : Verdict.of(input.verdict());
            String note = clean(input == null ? null : input.note());
            if (verdict == null) {
                problems.add(new InvalidInputException.Problem(field + ".verdict",
                        "recommendation.precheck.verdict-missing", condition.titleKey()));
            } else if (verdict != Verdict.MET && note == null) {
                problems.add(new InvalidInputException.Problem(field + ".note",
                        "recommendation.precheck.note-required", condition.titleKey(), verdict.labelKey()));
            }
            if (note != null && length(note) > NOTE_LIMIT) {
                problems.add(new InvalidInputException.Problem(field + ".note",
                        "recommendation.precheck.note-too-long", NOTE_LIMIT, length(note)));
            }
            verdicts.put(condition, verdict);
            notes.put(condition, note);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tx.execute(status -> {
            ApplicationSummary application = inDivision(applicationId, divisionCode);
            CallSummary call = calls.find(application.callId()).orElseThrow();
            lockOpen(call, divisionCode, actor);
            if (application.status() != ApplicationStatus.SUBMITTED) {
                throw new RecommendationRefusedException("recommendation.precheck.decided",
                        "application.status." + application.status().name());
            }
            Instant now = clock.instant();
            Map<String, Object> saved = new LinkedHashMap<>();
            for (RecommendationCondition condition : RecommendationCondition.values()) {
                repository.savePrecheck(applicationId, application.lastVersionNo(), condition,
                        verdicts.get(condition), notes.get(condition), actor, now);
                saved.put(String.valueOf(condition.number()), verdicts.get(condition).name());
            }
            audit.record(AuditRecord.of("recommendation.prechecked").target("application", applicationId)
                    .actor(actor, null).detail("versionNo", application.lastVersionNo()).detail("verdicts", saved)
                    .detail("notMet", verdicts.entrySet().stream().filter(e -> e.getValue() == Verdict.NOT_MET)
                            .map(e -> e.getKey().number()).toList())
                    .build());
            return repository.precheck(applicationId, application.lastVersionNo());
        });
    }

    @Override
    public void precheck(long applicationId, String divisionCode, List<ConditionVerdict> verdicts, String actor) {
        savePrecheck(applicationId, divisionCode, verdicts.stream()
                .map(v -> new PrecheckInput(v.condition(), v.verdict(), v.note())).toList(), actor);
    }

    @Override
    public RecommendationList submitList(long callId, String divisionCode, String idempotencyKey, String scanName,
                                         InputStream scan, String actor) {
        submit(callId, divisionCode, idempotencyKey, scanName, scan, false, actor);
        return ranking(callOf(callId), divisionCode);
    }

    // ============================================================================================== outcomes

    /**
     * 推荐: the application joins the end of the division's list. Refused without a complete pre-check of the
     * current version, with a 不符合 in it, or when the call's quota is reached.
     */
    public ApplicationSummary recommend(long applicationId, String divisionCode, String actor) {
        return tx.execute(status -> {
            ApplicationSummary application = inDivision(applicationId, divisionCode);
            CallSummary call = calls.find(application.callId()).orElseThrow();
            lockOpen(call, divisionCode, actor);
            allowed(application, ApplicationTransition.RECOMMEND);
            List<PrecheckItem> items = repository.precheck(applicationId, application.lastVersionNo());
            if (items.size() < RecommendationCondition.values().length) {
                throw new RecommendationRefusedException("recommendation.recommend.precheck-missing",
                        application.lastVersionNo());
            }
            List<Integer> notMet = items.stream().filter(i -> i.verdict() == Verdict.NOT_MET)
                    .map(i -> i.condition().number()).toList();
            if (!notMet.isEmpty()) {
                throw new RecommendationRefusedException("recommendation.recommend.precheck-not-met",
                        application.lastVersionNo(), notMet.stream().map(String::valueOf)
                        .collect(Collectors.joining("、")));
            }
            int recommended = repository.entries(call.id(), divisionCode).size();
            Integer quota = call.recommendationQuota();
            if (quota != null && recommended >= quota) {
                throw new RecommendationRefusedException("recommendation.recommend.quota", quota, recommended);
            }
            ApplicationSummary decided = applications.decide(applicationId, ApplicationTransition.RECOMMEND, null,
                    null, actor);
            Instant now = clock.instant();
            int rank = repository.addEntry(call.id(), divisionCode, applicationId, actor, now);
            repository.touch(call.id(), divisionCode, actor, now);
            audit.record(AuditRecord.of("recommendation.entry-added").target("recommendation_list",
                            listId(call.id(), divisionCode)).actor(actor, null)
                    .detail("applicationId", applicationId).detail("rank", rank)
                    .detail("versionNo", application.lastVersionNo()).build());
            return decided;
        });
    }

    /**
     * 退回修改 with the reasons. Once filing has closed the enterprise can only resubmit by a deadline, so one is
     * then required; it may not lie after the division's recommendation deadline.
     */
    public ApplicationSummary returnForRevision(long applicationId, String divisionCode, String reason,
                                                Instant deadline, String actor) {
        return tx.execute(status -> {
            ApplicationSummary application = inDivision(applicationId, divisionCode);
            CallSummary call = calls.find(application.callId()).orElseThrow();
            ListRow row = lockOpen(call, divisionCode, actor);
            allowed(application, ApplicationTransition.RETURN);
            Instant now = clock.instant();
            if (deadline == null && !now.isBefore(call.filingClosesAt())) {
                throw new InvalidInputException("deadline", "recommendation.return.deadline-required");
            }
            Instant listDeadline = deadline(call, row);
            if (deadline != null && listDeadline != null && deadline.isAfter(listDeadline)) {
                throw new InvalidInputException("deadline", "recommendation.return.deadline-after", listDeadline);
            }
            checkReason(reason);
            return applications.decide(applicationId, ApplicationTransition.RETURN, reason, deadline, actor);
        });
    }

    /** 不予推荐 with the reason. */
    public ApplicationSummary decline(long applicationId, String divisionCode, String reason, String actor) {
        return tx.execute(status -> {
            ApplicationSummary application = inDivision(applicationId, divisionCode);
            CallSummary call = calls.find(application.callId()).orElseThrow();
            lockOpen(call, divisionCode, actor);
            allowed(application, ApplicationTransition.DECLINE);
            checkReason(reason);
            return applications.decide(applicationId, ApplicationTransition.DECLINE, reason, null, actor);
        });
    }

    /**
     * 撤销决定: takes back a recommendation or a refusal while the list is open; a recommended application leaves
     * the list and the ones below it move up.
     */
    public ApplicationSummary reconsider(long applicationId, String divisionCode, String reason, String actor) {
        return tx.execute(status -> {
            ApplicationSummary application = inDivision(applicationId, divisionCode);
            CallSummary call = calls.find(application.callId()).orElseThrow();
            lockOpen(call, divisionCode, actor);
            allowed(application, ApplicationTransition.RECONSIDER);
            checkReason(reason);
            ApplicationSummary decided = applications.decide(applicationId, ApplicationTransition.RECONSIDER,
                    reason, null, actor);
            Optional<EntryRow> entry = repository.entry(applicationId);
            if (entry.isPresent()) {
                List<Long> before = ids(repository.entries(call.id(), divisionCode));
                repository.removeEntry(entry.get());
                Instant now = clock.instant();
                repository.touch(call.id(), divisionCode, actor, now);
                audit.record(AuditRecord.of("recommendation.entry-removed").target("recommendation_list",
                                listId(call.id(), divisionCode)).actor(actor, null)
                        .detail("applicationId", applicationId).detail("rank", entry.get().rank())
                        .detail("reason", reason.strip()).detail("before", before)
                        .detail("after", ids(repository.entries(call.id(), divisionCode))).build());
            }
            return decided;
        });
    }

    // =============================================================================================== ranking

    /** The division's list of the call. */
    public RecommendationList ranking(CallSummary call, String divisionCode) {
        return build(call, division(divisionCode), repository.find(call.id(), divisionCode).orElse(null));
    }

    /** Why the recommender can no longer change the division's list; {@code null} while it is open. */
    public String closedReason(CallSummary call, String divisionCode) {
        return closedReason(call, repository.find(call.id(), divisionCode).orElse(null));
    }

    /**
     * Puts the list in the given order (all of its entries, each once), if it is still at {@code expectedVersion}.
     *
     * @throws ListConflictException when the list changed since, or the order names other entries than it has
     */
    public RecommendationList reorder(long callId, String divisionCode, long expectedVersion, List<Long> order,
                                      String actor) {
        return tx.execute(status -> {
            CallSummary call = callOf(callId);
            ListRow row = lockOpen(call, divisionCode, actor);
            List<Long> before = ids(repository.entries(callId, divisionCode));
            if (row.version() != expectedVersion || order == null || order.size() != before.size()
                    || !Set.copyOf(order).equals(Set.copyOf(before)) || Set.copyOf(order).size() != order.size()) {
                throw new ListConflictException(ranking(call, divisionCode), expectedVersion);
            }
            return reordered(call, divisionCode, before, List.copyOf(order), actor);
        });
    }

    /** Moves one entry a place up or down (上移 / 下移), if the list is still at {@code expectedVersion}. */
    public RecommendationList move(long callId, String divisionCode, long expectedVersion, long applicationId,
                                   boolean up, String actor) {
        return tx.execute(status -> {
            CallSummary call = callOf(callId);
            ListRow row = lockOpen(call, divisionCode, actor);
            List<Long> before = ids(repository.entries(callId, divisionCode));
            int index = before.indexOf(applicationId);
            if (row.version() != expectedVersion || index < 0) {
                throw new ListConflictException(ranking(call, divisionCode), expectedVersion);
            }
            int target = up ? index - 1 : index + 1;
            if (target < 0 || target >= before.size()) {
                return ranking(call, divisionCode);
            }
            List<Long> after = new ArrayList<>(before);
            after.set(index, before.get(target));
            after.set(target, applicationId);
            return reordered(call, divisionCode, before, after, actor);
        });
    }

    private RecommendationList reordered(CallSummary call, String divisionCode, List<Long> before, List<Long> after,
                                         String actor) {
        if (before.equals(after)) {
            return ranking(call, divisionCode);
        }
        Instant now = clock.instant();
        repository.rank(call.id(), divisionCode, after);
        repository.touch(call.id(), divisionCode, actor, now);
        RecommendationList list = ranking(call, divisionCode);
        audit.record(AuditRecord.of("recommendation.reordered").target("recommendation_list",
                        listId(call.id(), divisionCode)).actor(actor, null)
                .detail("before", before).detail("after", after).detail("version", list.version()).build());
        return list;
    }

    /** Sets the 备注 of one entry (at most 200 characters; blank clears it), if the list is at the version. */
    public RecommendationList remark(long callId, String divisionCode, long expectedVersion, long applicationId,
                                     String remark, String actor) {
        String text = clean(remark);
        if (text != null && length(text) > REMARK_LIMIT) {
            throw new InvalidInputException("remark", "recommendation.ranking.remark-too-long", REMARK_LIMIT,
                    length(text));
        }
        return tx.execute(status -> {
            CallSummary call = callOf(callId);
            ListRow row = lockOpen(call, divisionCode, actor);
            Optional<EntryRow> entry = repository.entries(callId, divisionCode).stream()
                    .filter(e -> e.applicationId() == applicationId).findFirst();
            if (row.version() != expectedVersion || entry.isEmpty()) {
                throw new ListConflictException(ranking(call, divisionCode), expectedVersion);
            }
            if (Objects.equals(entry.get().remark(), text)) {
                return ranking(call, divisionCode);
            }
            Instant now = clock.instant();
            repository.remark(applicationId, text);
            repository.touch(callId, divisionCode, actor, now);
            RecommendationList list = ranking(call, divisionCode);
            audit.record(AuditRecord.of("recommendation.remark-changed").target("recommendation_list",
                            listId(callId, divisionCode)).actor(actor, null)
                    .detail("applicationId", applicationId).detail("before", entry.get().remark())
                    .detail("after", text).detail("version", list.version()).build());
            return list;
        });
    }

    // ========================================================================================= summary table

    /** The 汇总表 of the division's list as it stands now. */
    public SummaryTable summaryTable(CallSummary call, String divisionCode) {
        return summaryTable(call, ranking(call, divisionCode));
    }

    SummaryTable summaryTable(CallSummary call, RecommendationList list) {
        // named as the cover of each 申报书 names its recommender
        String recommender = reference.recommendingUnit(list.divisionCode()).orElse(list.divisionName());
        return new SummaryTable(call.year(), recommender, list.entries().stream()
                .map(e -> new SummaryTable.Row(e.projectName(), e.enterpriseName(), e.contactName(),
                        e.contactPhone(), e.remark()))
                .toList(), LocalDate.ofInstant(clock.instant(), RecommendationMessages.SHANGHAI));
    }

    public byte[] docx(SummaryTable table) {
        return documents.docx(table);
    }

    public byte[] xlsx(SummaryTable table) {
        return documents.xlsx(table);
    }

    /** The file name of the summary table, e.g. 2031年武汉市智能制造试点示范推荐项目汇总表.docx. */
    public String fileName(CallSummary call, String divisionCode, String extension) {
        return messages.chinese("recommendation.summary.file-name", String.valueOf(call.year()),
                division(divisionCode).name(), extension);
    }

    // ============================================================================================ submission

    /**
     * Submits the division's list to the province with the stamped scan of the summary table; the generated .docx
     * and .xlsx are stored with it. A repeated request with the same key returns the earlier submission.
     *
     * @throws cn.gov.hubei.jxt.pilot.files.FileRejectedException when the scan is no PDF, JPEG or PNG, or too large
     */
    public Submission submit(long callId, String divisionCode, String idempotencyKey, String scanName,
                             InputStream scan, String actor) {
        return submit(callId, divisionCode, idempotencyKey, scanName, scan, false, actor);
    }

    /**
     * As {@link #submit(long, String, String, String, InputStream, String)}; while applications of the division are
     * not settled ({@link #unsettled}) the submission is refused unless {@code confirmUnsettled}.
     *
     * @throws UnsettledApplicationsException when applications are unsettled and that is not confirmed
     */
    public Submission submit(long callId, String divisionCode, String idempotencyKey, String scanName,
                             InputStream scan, boolean confirmUnsettled, String actor) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > KEY_LIMIT) {
            throw new InvalidInputException("Idempotency-Key", "recommendation.submit.key-missing");
        }
        return tx.execute(status -> {
            CallSummary call = callOf(callId);
            repository.ensureList(callId, divisionCode, actor, clock.instant());
            ListRow row = repository.lock(callId, divisionCode);
            Optional<SubmissionRow> earlier = repository.submissionByKey(callId, divisionCode, idempotencyKey);
            if (earlier.isPresent()) {
                return submission(ranking(call, divisionCode), earlier.get(), true);
            }
            guardOpen(call, row);
            List<EntryRow> entries = repository.entries(callId, divisionCode);
            if (entries.isEmpty()) {
                throw new RecommendationRefusedException("recommendation.submit.empty");
            }
            if (scan == null) {
                throw new InvalidInputException("scan", "recommendation.submit.scan-missing");
            }
            List<ApplicationSummary> unsettled = unsettled(callId, divisionCode);
            if (!unsettled.isEmpty() && !confirmUnsettled) {
                throw new UnsettledApplicationsException(unsettled, unsettled.stream().map(this::describe)
                        .collect(Collectors.joining("；")));
            }
            Instant now = clock.instant();
            StoredFile stored = files.store(scanName == null || scanName.isBlank() ? "scan" : scanName, scan,
                    SCAN_KINDS, actor);
            RecommendationList list = ranking(call, divisionCode);
            SummaryTable table = summaryTable(call, list);
            StoredFile docx = files.store(fileName(call, divisionCode, "docx"),
                    new ByteArrayInputStream(documents.docx(table)), EnumSet.of(FileKind.DOCX), actor);
            StoredFile xlsx = files.store(fileName(call, divisionCode, "xlsx"),
                    new ByteArrayInputStream(documents.xlsx(table)), EnumSet.of(FileKind.XLSX), actor);
            int number = row.submissionNo() + 1;
            boolean late = call.recommendationDeadline() != null && !now.isBefore(call.recommendationDeadline());
            repository.insertSubmission(callId, divisionCode, number, idempotencyKey, now, actor,
                    deadline(call, row), late, entries.size(), stored.id(), docx.id(), xlsx.id());
            repository.markSubmitted(callId, divisionCode, number, late, actor, now);
            List<Long> order = ids(entries);
            audit.record(AuditRecord.of("recommendation.submitted").target("recommendation_list",
                            listId(callId, divisionCode)).actor(actor, null)
                    .detail("number", number).detail("late", late).detail("applicationIds", order)
                    .detail("scanFileId", stored.id()).detail("scanSha256", stored.sha256())
                    .detail("docxFileId", docx.id()).detail("docxSha256", docx.sha256())
                    .detail("xlsxFileId", xlsx.id()).detail("xlsxSha256", xlsx.sha256())
                    .detail("unsettledApplicationIds", unsettled.stream().map(ApplicationSummary::id).toList())
                    .build());
            events.publishEvent(new RecommendationListSubmitted(callId, divisionCode, order, number, late, now,
                    actor));
            submissionNotices.submitted(call, division(divisionCode), number, entries.size(), late, now);
            return submission(ranking(call, divisionCode),
                    repository.submissionByKey(callId, divisionCode, idempotencyKey).orElseThrow(), false);
        });
    }

    /** The statuses in which an application still waits for its recommender or its enterprise at this stage. */
    static final Set<ApplicationStatus> UNSETTLED = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED);

    /**
     * The division's applications in the call that are not settled: returned and awaiting the enterprise's
     * resubmission, or submitted and not yet decided (unchecked). Oldest first.
     */
    public List<ApplicationSummary> unsettled(long callId, String divisionCode) {
        return applications.list(ApplicationScope.division(divisionCode)).stream()
                .filter(a -> a.callId() == callId && UNSETTLED.contains(a.status()))
                .sorted(java.util.Comparator.comparingLong(ApplicationSummary::id)).toList();
    }

    /** 《项目名称》（企业名称，状态）, for refusals that name applications. */
    String describe(ApplicationSummary application) {
        return messages.text("recommendation.application.described",
                application.projectName() == null ? "#" + application.id() : application.projectName(),
                application.enterpriseName(), messages.text("application.status." + application.status().name()));
    }

    /**
     * The division's applications that wait for a decision while its list is submitted ({@link Stranded}); empty
     * while the list is open.
     */
    public List<Stranded> stranded(long callId, String divisionCode) {
        ListRow row = repository.find(callId, divisionCode).orElse(null);
        if (row == null || row.status() != ListStatus.SUBMITTED) {
            return List.of();
        }
        return applications.list(ApplicationScope.division(divisionCode)).stream()
                .filter(a -> a.callId() == callId && a.status() == ApplicationStatus.SUBMITTED)
                .sorted(java.util.Comparator.comparingLong(ApplicationSummary::id))
                .map(a -> new Stranded(a, submittedAfter(a, row.submittedAt()))).toList();
    }

    private boolean submittedAfter(ApplicationSummary application, Instant listSubmittedAt) {
        List<VersionInfo> versions = applications.versions(application.id(), ApplicationScope.ALL);
        return listSubmittedAt != null && !versions.isEmpty()
                && versions.get(versions.size() - 1).submittedAt().isAfter(listSubmittedAt);
    }

    private static Submission submission(RecommendationList list, SubmissionRow row, boolean repeated) {
        return new Submission(list, row.number(), row.submittedAt(), row.submittedBy(), row.late(), row.entryCount(),
                row.scanFileId(), row.docxFileId(), row.xlsxFileId(), repeated);
    }

    /**
     * The programme office reopens a submitted list with the reason, optionally with a new deadline for the
     * division (without one, the list stays open until the recommender submits it again).
     */
    public RecommendationList reopen(long callId, String divisionCode, String reason, Instant newDeadline,
                                     String actor) {
        String why = clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "recommendation.reason-missing");
        }
        if (length(why) > REASON_LIMIT) {
            throw new InvalidInputException("reason", "recommendation.reason-too-long", REASON_LIMIT);
        }
        Instant now = clock.instant();
        if (newDeadline != null && !newDeadline.isAfter(now)) {
            throw new InvalidInputException("deadline", "recommendation.reopen.deadline-past");
        }
        return tx.execute(status -> {
            CallSummary call = callOf(callId);
            division(divisionCode);
            Optional<ListRow> existing = repository.find(callId, divisionCode);
            if (existing.isEmpty() || repository.lock(callId, divisionCode).status() != ListStatus.SUBMITTED) {
                throw new RecommendationRefusedException("recommendation.reopen.not-submitted",
                        division(divisionCode).name());
            }
            repository.reopen(callId, divisionCode, why, newDeadline, actor, now);
            audit.record(AuditRecord.of("recommendation.reopened").target("recommendation_list",
                            listId(callId, divisionCode)).actor(actor, null)
                    .detail("reason", why).detail("newDeadline", newDeadline == null ? null : newDeadline.toString())
                    .build());
            events.publishEvent(new RecommendationListReopened(callId, divisionCode, why, newDeadline, now, actor));
            return ranking(call, divisionCode);
        });
    }

    // ============================================================================== the province's overview

    /** Every one of the 17 divisions with its list and how many applications it received. */
    public List<OverviewRow> overview(long callId) {
        Map<String, ReceivedApplications> received = ReceivedApplications.byDivision(
                applications.list(ApplicationScope.ALL), callId);
        return lists(callId).stream().map(l -> {
            ReceivedApplications r = received.getOrDefault(l.divisionCode(), ReceivedApplications.NONE);
            return new OverviewRow(l, r.received(), r.undecided(), stranded(callId, l.divisionCode()));
        }).toList();
    }

    /** All recommended applications of the call, by division (official order) and rank. */
    public List<RecommendedRow> recommended(long callId) {
        List<RecommendedRow> rows = new ArrayList<>();
        for (RecommendationList list : lists(callId)) {
            for (RankedEntry entry : list.entries()) {
                ApplicationStatus status = applications.find(entry.applicationId(), ApplicationScope.ALL)
                        .map(ApplicationSummary::status).orElse(null);
                rows.add(new RecommendedRow(list.divisionCode(), list.divisionName(), list.status(), entry, status));
            }
        }
        return rows;
    }

    /** The list with its submissions and reopenings. */
    public ListDetails details(CallSummary call, String divisionCode) {
        return new ListDetails(ranking(call, divisionCode),
                repository.submissions(call.id(), divisionCode).stream()
                        .map(s -> new ListDetails.SubmissionInfo(s.number(), s.submittedAt(), s.submittedBy(),
                                s.late(), s.entryCount(), s.deadline())).toList(),
                repository.reopenings(call.id(), divisionCode).stream()
                        .map(r -> new ListDetails.Reopening(r.reopenedAt(), r.reopenedBy(), r.reason(),
                                r.newDeadline())).toList());
    }

    /** A file of the last submission, verified. */
    public Optional<SubmittedFile> submittedFile(long callId, String divisionCode, SubmittedFile.Role role) {
        return repository.lastSubmission(callId, divisionCode).map(s -> {
            long id = switch (role) {
                case SCAN -> s.scanFileId();
                case DOCX -> s.docxFileId();
                case XLSX -> s.xlsxFileId();
            };
            StoredFile stored = files.find(id).orElseThrow();
            return new SubmittedFile(stored.name(), stored.kind(), files.read(id));
        });
    }

    // ================================================================================================ helpers

    /** The application if it belongs to the division (and the recommender sees it); else "not found". */
    private ApplicationSummary inDivision(long applicationId, String divisionCode) {
        return applications.find(applicationId, ApplicationScope.division(divisionCode))
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    private CallSummary callOf(long callId) {
        return call(callId).orElseThrow(() -> new RecommendationRefusedException("recommendation.call.unknown"));
    }

    private Division division(String code) {
        return reference.division(code).orElseThrow(() -> new IllegalArgumentException("no division " + code));
    }

    /** Creates the list if needed, locks it and checks that the recommender may still change it. */
    private ListRow lockOpen(CallSummary call, String divisionCode, String actor) {
        repository.ensureList(call.id(), divisionCode, actor, clock.instant());
        ListRow row = repository.lock(call.id(), divisionCode);
        guardOpen(call, row);
        return row;
    }

    private void guardOpen(CallSummary call, ListRow row) {
        RecommendationRefusedException refusal = closed(call, row);
        if (refusal != null) {
            throw refusal;
        }
    }

    private String closedReason(CallSummary call, ListRow row) {
        RecommendationRefusedException refusal = closed(call, row);
        return refusal == null ? null : messages.text(refusal);
    }

    private RecommendationRefusedException closed(CallSummary call, ListRow row) {
        if (call.status() == CallStatus.CANCELLED || !call.announced()) {
            return new RecommendationRefusedException("recommendation.refused.call-cancelled");
        }
        if (row != null && row.status() == ListStatus.SUBMITTED) {
            return new RecommendationRefusedException("recommendation.refused.submitted", row.submittedAt());
        }
        Instant deadline = deadline(call, row);
        if (deadline != null && !clock.instant().isBefore(deadline)) {
            return new RecommendationRefusedException("recommendation.refused.deadline", deadline);
        }
        return null;
    }

    /**
     * The deadline in force for the division: the one set when its list was reopened, else none for a reopened
     * list (it stays open until submitted again), else the call's.
     */
    static Instant deadline(CallSummary call, ListRow row) {
        if (row != null && row.extendedUntil() != null) {
            return row.extendedUntil();
        }
        if (row != null && row.reopened()) {
            return null;
        }
        return call.recommendationDeadline();
    }

    private static void allowed(ApplicationSummary application, ApplicationTransition transition) {
        if (!transition.isAllowedFrom(application.status())) {
            throw new ApplicationActionRefusedException("application.transition.refused",
                    "application.transition." + transition.code() + ".label",
                    "application.status." + application.status().name());
        }
    }

    private static void checkReason(String reason) {
        String why = clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "recommendation.reason-missing");
        }
        if (length(why) > REASON_LIMIT) {
            throw new InvalidInputException("reason", "recommendation.reason-too-long", REASON_LIMIT);
        }
    }

    private RecommendationList build(CallSummary call, Division division, ListRow row) {
        List<EntryRow> rows = repository.entries(call.id(), division.code());
        List<RankedEntry> entries = rows.stream().map(this::entry).toList();
        Optional<SubmissionRow> last = row == null || row.submissionNo() == 0 ? Optional.empty()
                : repository.lastSubmission(call.id(), division.code());
        return new RecommendationList(call.id(), division.code(), division.name(),
                row == null ? ListStatus.OPEN : row.status(), entries, call.recommendationQuota(),
                deadline(call, row), row == null ? null : row.submittedAt(), row == null ? null : row.submittedBy(),
                row != null && row.late(), row == null ? 0 : row.submissionNo(), row == null ? 0 : row.version(),
                last.map(SubmissionRow::scanFileId).orElse(null), last.map(SubmissionRow::docxFileId).orElse(null),
                last.map(SubmissionRow::xlsxFileId).orElse(null));
    }

    /** An entry described by the application's last submitted version (the enterprise profile frozen with it). */
    private RankedEntry entry(EntryRow row) {
        ApplicationSummary application = applications.find(row.applicationId(), ApplicationScope.ALL).orElseThrow();
        FrozenVersion version = applications.version(row.applicationId(), application.lastVersionNo(),
                ApplicationScope.ALL).orElseThrow();
        EnterpriseProfile profile = version.snapshot().profile();
        String projectName = version.snapshot().sections().basic().normalised().projectName();
        return new RankedEntry(row.applicationId(), row.rank(), row.remark(),
                projectName == null ? application.projectName() : projectName,
                profile.name() == null ? application.enterpriseName() : profile.name(), profile.contactName(),
                phone(profile.contactPhone(), profile.contactMobile()), version.number());
    }

    /** 联系方式: telephone and mobile, each once, as "027-87654321 / 13800000000". */
    static String phone(String phone, String mobile) {
        return Stream.of(clean(phone), clean(mobile)).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(" / "));
    }

    private static List<Long> ids(List<EntryRow> entries) {
        return entries.stream().map(EntryRow::applicationId).toList();
    }

    static String listId(long callId, String divisionCode) {
        return callId + "/" + divisionCode;
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Characters as a person counts them (code points). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
