package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.recommendation.ListStatus;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.Recommendations;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.EntryRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.SubmissionRow;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The divisions' lists as every use case reads them, the calls recommenders work in, and the one guard of a list's
 * phase: a change takes the list's row lock first, then checks that the call runs, the list is open and the deadline
 * in force has not passed. Also the province's read access ({@link Recommendations}).
 */
@Service
public class RecommendationLists implements Recommendations {

    private final RecommendationRepository repository;
    private final ProjectApplications applications;
    private final Calls calls;
    private final ReferenceCatalog reference;
    private final RecommendationMessages messages;
    private final Clock clock;

    RecommendationLists(RecommendationRepository repository, ProjectApplications applications, Calls calls,
                        ReferenceCatalog reference, RecommendationMessages messages, Clock clock) {
        this.repository = repository;
        this.applications = applications;
        this.calls = calls;
        this.reference = reference;
        this.messages = messages;
        this.clock = clock;
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

    @Override
    public Optional<String> precheckStateKey(long applicationId) {
        return applications.find(applicationId, cn.gov.hubei.jxt.pilot.application.ApplicationScope.ALL)
                .map(a -> PrecheckState.of(repository.verdicts(Map.of(a.id(), a.lastVersionNo())).get(a.id()))
                        .labelKey());
    }

    // ========================================================================================== calls, lists

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

    /** One of {@link #calls()}; else refused. */
    CallSummary callOf(long callId) {
        return call(callId).orElseThrow(() -> new RecommendationRefusedException("recommendation.call.unknown"));
    }

    Division division(String code) {
        return reference.division(code).orElseThrow(() -> new IllegalArgumentException("no division " + code));
    }

    /** The division's list of the call. */
    public RecommendationList ranking(CallSummary call, String divisionCode) {
        return build(call, division(divisionCode), repository.find(call.id(), divisionCode).orElse(null));
    }

    RecommendationList build(CallSummary call, String divisionCode, ListRow row) {
        return build(call, division(divisionCode), row);
    }

    /** Why the recommender can no longer change the division's list; {@code null} while it is open. */
    public String closedReason(CallSummary call, String divisionCode) {
        return closedReason(call, repository.find(call.id(), divisionCode).orElse(null));
    }

    String closedReason(CallSummary call, ListRow row) {
        RecommendationRefusedException refusal = closed(call, row);
        return refusal == null ? null : messages.text(refusal);
    }

    /** Creates the list if needed and takes its row lock, for a change of the list or of one of its decisions. */
    ListRow lock(CallSummary call, String divisionCode, String actor) {
        repository.ensureList(call.id(), divisionCode, actor, clock.instant());
        return repository.lock(call.id(), divisionCode);
    }

    /**
     * The refusal when {@code allowed} (a permission predicate with the phase, asked on the locked list) says no:
     * why the list is closed, else {@code otherwise}.
     */
    void require(boolean allowed, CallSummary call, ListRow row, RecommendationRefusedException otherwise) {
        RecommendationRefusedException closed = closed(call, row);
        if (closed != null) {
            throw closed;
        }
        if (!allowed) {
            throw otherwise;
        }
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
        return Stream.of(Inputs.clean(phone), Inputs.clean(mobile)).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(" / "));
    }

    static List<Long> ids(List<EntryRow> entries) {
        return entries.stream().map(EntryRow::applicationId).toList();
    }
}
