package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.EntryRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The recommender's decisions on an application through the application's transition table: 推荐, 退回修改, 不予推荐,
 * 撤销决定. Each takes the list's row lock first (then the application's, inside {@link ProjectApplications#decide}),
 * asks {@link RecommendationPermissions#canDecide} on the locked list, then the table, then writes, in one
 * transaction. The people concerned are told by {@link DecisionNotices}, in the same transaction.
 */
@Service
public class Decisions {

    private final RecommendationRepository repository;
    private final ProjectApplications applications;
    private final Calls calls;
    private final RecommendationLists lists;
    private final RecommendationPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    Decisions(RecommendationRepository repository, ProjectApplications applications, Calls calls,
              RecommendationLists lists, RecommendationPermissions permissions, AuditTrail audit, Clock clock,
              TransactionTemplate tx) {
        this.repository = repository;
        this.applications = applications;
        this.calls = calls;
        this.lists = lists;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * 推荐: the application joins the end of the division's list. Refused without a complete pre-check of the
     * current version, with a 不符合 in it, or when the call's quota is reached.
     */
    public ApplicationSummary recommend(long applicationId, CurrentUser by) {
        return tx.execute(status -> {
            Open open = open(applicationId, by, ApplicationTransition.RECOMMEND);
            ApplicationSummary application = open.application();
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
            String division = application.divisionCode();
            int recommended = repository.entries(open.call().id(), division).size();
            Integer quota = open.call().recommendationQuota();
            if (quota != null && recommended >= quota) {
                throw new RecommendationRefusedException("recommendation.recommend.quota", quota, recommended);
            }
            ApplicationSummary decided = applications.decide(applicationId, ApplicationTransition.RECOMMEND, null,
                    null, by);
            Instant now = clock.instant();
            int rank = repository.addEntry(open.call().id(), division, applicationId, by.username(), now);
            repository.touch(open.call().id(), division, by.username(), now);
            audit.record(AuditRecord.of("recommendation.entry-added").target("recommendation_list",
                            Inputs.listId(open.call().id(), division)).actor(by.username(), null)
                    .detail("applicationId", applicationId).detail("rank", rank)
                    .detail("versionNo", application.lastVersionNo()).build());
            return decided;
        });
    }

    /**
     * 退回修改 with the reasons. Once filing has closed the enterprise can only resubmit by a deadline, so one is
     * then required; it may not lie after the division's recommendation deadline.
     */
    public ApplicationSummary returnForRevision(long applicationId, String reason, Instant deadline,
                                                CurrentUser by) {
        return tx.execute(status -> {
            Open open = open(applicationId, by, ApplicationTransition.RETURN);
            Instant now = clock.instant();
            if (deadline == null && !now.isBefore(open.call().filingClosesAt())) {
                throw new InvalidInputException(FieldProblem.missing("deadline",
                        "recommendation.return.deadline-required"));
            }
            Instant listDeadline = RecommendationLists.deadline(open.call(), open.row());
            if (deadline != null && listDeadline != null && deadline.isAfter(listDeadline)) {
                throw new InvalidInputException("deadline", "recommendation.return.deadline-after", listDeadline);
            }
            Inputs.reason(reason);
            return applications.decide(applicationId, ApplicationTransition.RETURN, reason, deadline, by);
        });
    }

    /** 不予推荐 with the reason. */
    public ApplicationSummary decline(long applicationId, String reason, CurrentUser by) {
        return tx.execute(status -> {
            open(applicationId, by, ApplicationTransition.DECLINE);
            Inputs.reason(reason);
            return applications.decide(applicationId, ApplicationTransition.DECLINE, reason, null, by);
        });
    }

    /**
     * 撤销决定: takes back a recommendation or a refusal while the list is open; a recommended application leaves
     * the list and the ones below it move up.
     */
    public ApplicationSummary reconsider(long applicationId, String reason, CurrentUser by) {
        return tx.execute(status -> {
            Open open = open(applicationId, by, ApplicationTransition.RECONSIDER);
            Inputs.reason(reason);
            ApplicationSummary decided = applications.decide(applicationId, ApplicationTransition.RECONSIDER,
                    reason, null, by);
            Optional<EntryRow> entry = repository.entry(applicationId);
            if (entry.isPresent()) {
                long callId = open.call().id();
                String division = open.application().divisionCode();
                List<Long> before = RecommendationLists.ids(repository.entries(callId, division));
                repository.removeEntry(entry.get());
                repository.touch(callId, division, by.username(), clock.instant());
                audit.record(AuditRecord.of("recommendation.entry-removed").target("recommendation_list",
                                Inputs.listId(callId, division)).actor(by.username(), null)
                        .detail("applicationId", applicationId).detail("rank", entry.get().rank())
                        .detail("reason", reason.strip()).detail("before", before)
                        .detail("after", RecommendationLists.ids(repository.entries(callId, division))).build());
            }
            return decided;
        });
    }

    /** The application, its call and its division's locked list, once {@code by} may take the decision now. */
    private Open open(long applicationId, CurrentUser by, ApplicationTransition transition) {
        ApplicationSummary application = inReach(applications, applicationId, by);
        CallSummary call = calls.find(application.callId()).orElseThrow();
        ListRow row = lists.lock(call, application.divisionCode(), by.username());
        lists.require(permissions.canDecide(by, application, lists.build(call, application.divisionCode(), row)),
                call, row, new RecommendationRefusedException("recommendation.refused.not-recommender"));
        transition.requireAllowedFrom(application.status());
        return new Open(application, call, row);
    }

    private record Open(ApplicationSummary application, CallSummary call, ListRow row) {
    }

    /** The application if {@code by} is a recommender and it belongs to their division; else "not found". */
    static ApplicationSummary inReach(ProjectApplications applications, long applicationId, CurrentUser by) {
        if (!RecommendationPermissions.isRecommender(by)) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return applications.find(applicationId, RecommendationPermissions.scope(by))
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }
}
