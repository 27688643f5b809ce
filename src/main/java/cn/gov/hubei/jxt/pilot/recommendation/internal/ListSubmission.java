package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.documents.SummaryTable;
import cn.gov.hubei.jxt.pilot.documents.SummaryTableDocuments;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.ListTransition;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationListSubmitted;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.EntryRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.SubmissionRow;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list goes to the province ({@link ListTransition#SUBMIT}): the 汇总表 (附件2) generated from it, and its
 * submission with the stamped scan, refused while applications are unsettled unless the recommender confirms. The
 * officers are told by a listener of {@link RecommendationListSubmitted}, in the same transaction.
 */
@Service
public class ListSubmission {

    static final Set<FileKind> SCAN_KINDS = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);

    private final RecommendationRepository repository;
    private final RecommendationLists lists;
    private final WaitingApplications waiting;
    private final RecommendationPermissions permissions;
    private final ReferenceCatalog reference;
    private final FileStore files;
    private final SummaryTableDocuments documents;
    private final RecommendationMessages messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    ListSubmission(RecommendationRepository repository, RecommendationLists lists, WaitingApplications waiting,
                   RecommendationPermissions permissions, ReferenceCatalog reference, FileStore files,
                   SummaryTableDocuments documents, RecommendationMessages messages, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.lists = lists;
        this.waiting = waiting;
        this.permissions = permissions;
        this.reference = reference;
        this.files = files;
        this.documents = documents;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    // ========================================================================================= summary table

    /** The 汇总表 of the division's list as it stands now. */
    public SummaryTable summaryTable(CallSummary call, String divisionCode) {
        return summaryTable(call, lists.ranking(call, divisionCode));
    }

    SummaryTable summaryTable(CallSummary call, RecommendationList list) {
        // named as the cover of each 申报书 names its recommender
        String recommender = reference.recommendingUnit(list.divisionCode()).orElse(list.divisionName());
        return new SummaryTable(call.year(), recommender, list.entries().stream()
                .map(e -> new SummaryTable.Row(e.projectName(), e.enterpriseName(), e.contactName(),
                        e.contactPhone(), e.remark()))
                .toList(), LocalDate.ofInstant(clock.instant(), clock.getZone()));
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
                lists.division(divisionCode).name(), extension);
    }

    // ============================================================================================ submission

    /**
     * Submits the recommender's division's list to the province with the stamped scan of the summary table; the
     * generated .docx and .xlsx are stored with it. A repeated request with the same key returns the earlier
     * submission. While applications of the division are not settled ({@link WaitingApplications#unsettled}) the
     * submission is refused unless {@code confirmUnsettled}.
     *
     * @throws UnsettledApplicationsException when applications are unsettled and that is not confirmed
     * @throws cn.gov.hubei.jxt.pilot.files.FileRejectedException when the scan is no PDF, JPEG or PNG, or too large
     */
    public Submission submit(long callId, String idempotencyKey, String scanName, InputStream scan,
                             boolean confirmUnsettled, CurrentUser by) {
        String divisionCode = Ranking.divisionOf(by);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > Inputs.KEY_LIMIT) {
            throw new InvalidInputException(FieldProblem.missing("Idempotency-Key",
                    "recommendation.submit.key-missing"));
        }
        String actor = by.username();
        return tx.execute(status -> {
            CallSummary call = lists.callOf(callId);
            ListRow row = lists.lock(call, divisionCode, actor);
            Optional<SubmissionRow> earlier = repository.submissionByKey(callId, divisionCode, idempotencyKey);
            if (earlier.isPresent()) {
                return submission(lists.ranking(call, divisionCode), earlier.get(), true);
            }
            RecommendationList list = lists.build(call, divisionCode, row);
            lists.require(permissions.canSubmitList(by, list), call, row,
                    new RecommendationRefusedException("recommendation.refused.not-recommender"));
            List<EntryRow> entries = repository.entries(callId, divisionCode);
            if (entries.isEmpty()) {
                throw new RecommendationRefusedException("recommendation.submit.empty");
            }
            if (scan == null) {
                throw new InvalidInputException(FieldProblem.missing("scan", "recommendation.submit.scan-missing"));
            }
            List<ApplicationSummary> unsettled = waiting.unsettled(callId, divisionCode);
            if (!unsettled.isEmpty() && !confirmUnsettled) {
                throw new UnsettledApplicationsException(unsettled, unsettled.stream().map(this::describe)
                        .collect(Collectors.joining("；")));
            }
            Instant now = clock.instant();
            StoredFile stored = files.store(scanName == null || scanName.isBlank() ? "scan" : scanName, scan,
                    SCAN_KINDS, actor);
            SummaryTable table = summaryTable(call, list);
            StoredFile docx = files.store(fileName(call, divisionCode, "docx"),
                    new ByteArrayInputStream(documents.docx(table)), EnumSet.of(FileKind.DOCX), actor);
            StoredFile xlsx = files.store(fileName(call, divisionCode, "xlsx"),
                    new ByteArrayInputStream(documents.xlsx(table)), EnumSet.of(FileKind.XLSX), actor);
            int number = row.submissionNo() + 1;
            boolean late = call.recommendationDeadline() != null && !now.isBefore(call.recommendationDeadline());
            repository.insertSubmission(callId, divisionCode, number, idempotencyKey, now, actor,
                    RecommendationLists.deadline(call, row), late, entries.size(), stored.id(), docx.id(), xlsx.id());
            repository.markSubmitted(callId, divisionCode, number, late, actor, now);
            List<Long> order = RecommendationLists.ids(entries);
            audit.record(AuditRecord.of("recommendation.submitted").target("recommendation_list",
                            Inputs.listId(callId, divisionCode)).actor(actor, null)
                    .detail("number", number).detail("late", late).detail("applicationIds", order)
                    .detail("scanFileId", stored.id()).detail("scanSha256", stored.sha256())
                    .detail("docxFileId", docx.id()).detail("docxSha256", docx.sha256())
                    .detail("xlsxFileId", xlsx.id()).detail("xlsxSha256", xlsx.sha256())
                    .detail("unsettledApplicationIds", unsettled.stream().map(ApplicationSummary::id).toList())
                    .build());
            events.publishEvent(new RecommendationListSubmitted(callId, divisionCode, order, number, late, now,
                    actor));
            return submission(lists.ranking(call, divisionCode),
                    repository.submissionByKey(callId, divisionCode, idempotencyKey).orElseThrow(), false);
        });
    }

    /** 《项目名称》（企业名称，状态）, for refusals that name applications. */
    String describe(ApplicationSummary application) {
        return messages.text("recommendation.application.described",
                application.projectName() == null ? "#" + application.id() : application.projectName(),
                application.enterpriseName(), messages.text("application.status." + application.status().name()));
    }

    private static Submission submission(RecommendationList list, SubmissionRow row, boolean repeated) {
        return new Submission(list, row.number(), row.submittedAt(), row.submittedBy(), row.late(), row.entryCount(),
                row.scanFileId(), row.docxFileId(), row.xlsxFileId(), repeated);
    }
}
