package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.ListTransition;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationListReopened;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The programme office reopens a submitted list ({@link ListTransition#REOPEN}) with the reason, optionally with a
 * new deadline for the division (without one, the list stays open until the recommender submits it again).
 */
@Service
public class Reopening {

    private final RecommendationRepository repository;
    private final RecommendationLists lists;
    private final RecommendationPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    Reopening(RecommendationRepository repository, RecommendationLists lists, RecommendationPermissions permissions,
              AuditTrail audit, ApplicationEventPublisher events, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.lists = lists;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    public RecommendationList reopen(long callId, String divisionCode, String reason, Instant newDeadline,
                                     CurrentUser by) {
        if (!RecommendationPermissions.isOfficer(by)) {
            throw new RecommendationRefusedException("recommendation.refused.not-officer");
        }
        String why = Inputs.reason(reason);
        Instant now = clock.instant();
        if (newDeadline != null && !newDeadline.isAfter(now)) {
            throw new InvalidInputException(FieldProblem.invalid("deadline", "recommendation.reopen.deadline-past"));
        }
        return tx.execute(status -> {
            CallSummary call = lists.callOf(callId);
            lists.division(divisionCode);
            Optional<ListRow> existing = repository.find(callId, divisionCode);
            if (existing.isEmpty() || !permissions.canReopen(by, lists.build(call, divisionCode,
                    repository.lock(callId, divisionCode)))) {
                throw new RecommendationRefusedException("recommendation.reopen.not-submitted",
                        lists.division(divisionCode).name());
            }
            repository.reopen(callId, divisionCode, why, newDeadline, by.username(), now);
            audit.record(AuditRecord.of("recommendation.reopened").target("recommendation_list",
                            Inputs.listId(callId, divisionCode)).actor(by.username(), null)
                    .detail("reason", why).detail("newDeadline", newDeadline == null ? null : newDeadline.toString())
                    .build());
            events.publishEvent(new RecommendationListReopened(callId, divisionCode, why, newDeadline, now,
                    by.username()));
            return lists.ranking(call, divisionCode);
        });
    }
}
