package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationPermissions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.EntryRow;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRepository.ListRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The order of the division's list (拖动 or 上移 / 下移) and the 备注 of its entries. Every change names the list
 * version it was made on, so that a stale page is told so instead of overwriting someone else's change; it is made
 * by the division's recommender while the list is open ({@link RecommendationPermissions#canRank}).
 */
@Service
public class Ranking {

    private final RecommendationRepository repository;
    private final RecommendationLists lists;
    private final RecommendationPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    Ranking(RecommendationRepository repository, RecommendationLists lists, RecommendationPermissions permissions,
            AuditTrail audit, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.lists = lists;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Puts the list in the given order (all of its entries, each once), if it is still at {@code expectedVersion}.
     *
     * @throws ListConflictException when the list changed since, or the order names other entries than it has
     */
    public RecommendationList reorder(long callId, long expectedVersion, List<Long> order, CurrentUser by) {
        return tx.execute(status -> {
            Locked locked = lock(callId, by);
            List<Long> before = RecommendationLists.ids(repository.entries(callId, locked.division()));
            if (locked.row().version() != expectedVersion || order == null || order.size() != before.size()
                    || !Set.copyOf(order).equals(Set.copyOf(before)) || Set.copyOf(order).size() != order.size()) {
                throw new ListConflictException(lists.ranking(locked.call(), locked.division()), expectedVersion);
            }
            return reordered(locked, before, List.copyOf(order), by);
        });
    }

    /** Moves one entry a place up or down (上移 / 下移), if the list is still at {@code expectedVersion}. */
    public RecommendationList move(long callId, long expectedVersion, long applicationId, boolean up,
                                   CurrentUser by) {
        return tx.execute(status -> {
            Locked locked = lock(callId, by);
            List<Long> before = RecommendationLists.ids(repository.entries(callId, locked.division()));
            int index = before.indexOf(applicationId);
            if (locked.row().version() != expectedVersion || index < 0) {
                throw new ListConflictException(lists.ranking(locked.call(), locked.division()), expectedVersion);
            }
            int target = up ? index - 1 : index + 1;
            if (target < 0 || target >= before.size()) {
                return lists.ranking(locked.call(), locked.division());
            }
            List<Long> after = new ArrayList<>(before);
            after.set(index, before.get(target));
            after.set(target, applicationId);
            return reordered(locked, before, after, by);
        });
    }

    /** Sets the 备注 of one entry (at most 200 characters; blank clears it), if the list is at the version. */
    public RecommendationList remark(long callId, long expectedVersion, long applicationId, String remark,
                                     CurrentUser by) {
        String text = Inputs.clean(remark);
        if (text != null && Inputs.length(text) > Inputs.REMARK_LIMIT) {
            throw new InvalidInputException("remark", "recommendation.ranking.remark-too-long", Inputs.REMARK_LIMIT,
                    Inputs.length(text));
        }
        return tx.execute(status -> {
            Locked locked = lock(callId, by);
            String division = locked.division();
            Optional<EntryRow> entry = repository.entries(callId, division).stream()
                    .filter(e -> e.applicationId() == applicationId).findFirst();
            if (locked.row().version() != expectedVersion || entry.isEmpty()) {
                throw new ListConflictException(lists.ranking(locked.call(), division), expectedVersion);
            }
            if (Objects.equals(entry.get().remark(), text)) {
                return lists.ranking(locked.call(), division);
            }
            repository.remark(applicationId, text);
            repository.touch(callId, division, by.username(), clock.instant());
            RecommendationList list = lists.ranking(locked.call(), division);
            audit.record(AuditRecord.of("recommendation.remark-changed").target("recommendation_list",
                            Inputs.listId(callId, division)).actor(by.username(), null)
                    .detail("applicationId", applicationId).detail("before", entry.get().remark())
                    .detail("after", text).detail("version", list.version()).build());
            return list;
        });
    }

    private RecommendationList reordered(Locked locked, List<Long> before, List<Long> after, CurrentUser by) {
        CallSummary call = locked.call();
        String division = locked.division();
        if (before.equals(after)) {
            return lists.ranking(call, division);
        }
        Instant now = clock.instant();
        repository.rank(call.id(), division, after);
        repository.touch(call.id(), division, by.username(), now);
        RecommendationList list = lists.ranking(call, division);
        audit.record(AuditRecord.of("recommendation.reordered").target("recommendation_list",
                        Inputs.listId(call.id(), division)).actor(by.username(), null)
                .detail("before", before).detail("after", after).detail("version", list.version()).build());
        return list;
    }

    /** The recommender's division's list of the call, locked, once they may change it now. */
    private Locked lock(long callId, CurrentUser by) {
        String division = divisionOf(by);
        CallSummary call = lists.callOf(callId);
        ListRow row = lists.lock(call, division, by.username());
        lists.require(permissions.canRank(by, lists.build(call, division, row)), call, row,
                new RecommendationRefusedException("recommendation.refused.not-recommender"));
        return new Locked(call, division, row);
    }

    private record Locked(CallSummary call, String division, ListRow row) {
    }

    /** The division a recommender acts for; refused for anyone else. */
    static String divisionOf(CurrentUser by) {
        if (!RecommendationPermissions.isRecommender(by)) {
            throw new RecommendationRefusedException("recommendation.refused.not-recommender");
        }
        return by.divisionCode().orElseThrow();
    }
}
