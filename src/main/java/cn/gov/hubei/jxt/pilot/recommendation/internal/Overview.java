package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.recommendation.RankedEntry;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The programme office's view of every division (推荐汇总): each list with what the division received, the
 * recommended applications of the call, one list with its submissions and reopenings, and the submitted files.
 */
@Service
public class Overview {

    private final RecommendationRepository repository;
    private final ProjectApplications applications;
    private final RecommendationLists lists;
    private final WaitingApplications waiting;
    private final FileStore files;

    Overview(RecommendationRepository repository, ProjectApplications applications, RecommendationLists lists,
             WaitingApplications waiting, FileStore files) {
        this.repository = repository;
        this.applications = applications;
        this.lists = lists;
        this.waiting = waiting;
        this.files = files;
    }

    /** Every one of the 17 divisions with its list and how many applications it received. */
    public List<OverviewRow> overview(long callId) {
        Map<String, ReceivedApplications> received = ReceivedApplications.byDivision(
                applications.list(ReceivedApplications.query(callId)));
        return lists.lists(callId).stream().map(l -> {
            ReceivedApplications r = received.getOrDefault(l.divisionCode(), ReceivedApplications.NONE);
            return new OverviewRow(l, r.received(), r.undecided(), waiting.stranded(callId, l.divisionCode()));
        }).toList();
    }

    /** All recommended applications of the call, by division (official order) and rank. */
    public List<RecommendedRow> recommended(long callId) {
        Map<Long, ApplicationStatus> statuses = applications.list(ApplicationQuery.in(ApplicationScope.ALL)
                        .call(callId)).stream()
                .collect(Collectors.toMap(ApplicationSummary::id, ApplicationSummary::status));
        List<RecommendedRow> rows = new ArrayList<>();
        for (RecommendationList list : lists.lists(callId)) {
            for (RankedEntry entry : list.entries()) {
                rows.add(new RecommendedRow(list.divisionCode(), list.divisionName(), list.status(), entry,
                        statuses.get(entry.applicationId())));
            }
        }
        return rows;
    }

    /** The list with its submissions and reopenings. */
    public ListDetails details(CallSummary call, String divisionCode) {
        return new ListDetails(lists.ranking(call, divisionCode),
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

}
