package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.documents.SummaryTable;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * For tests (of this module and of others that need recommended applications): the recommendation's use cases as
 * the recommender of a named division or an officer would take them, by user name. It makes the person up
 * ({@link #recommender}, {@link #officer}) and then goes through the real use cases with their checks; nothing of it
 * is in the application.
 */
@Component
public class RecommendationSteps {

    private final RecommendationLists lists;
    private final Prechecks prechecks;
    private final Decisions decisions;
    private final Ranking ranking;
    private final ListSubmission submission;
    private final Reopening reopening;
    private final WaitingApplications waiting;

    RecommendationSteps(RecommendationLists lists, Prechecks prechecks, Decisions decisions, Ranking ranking,
                          ListSubmission submission, Reopening reopening, WaitingApplications waiting) {
        this.lists = lists;
        this.prechecks = prechecks;
        this.decisions = decisions;
        this.ranking = ranking;
        this.submission = submission;
        this.reopening = reopening;
        this.waiting = waiting;
    }

    /** A recommender of the division with this user name. */
    public static CurrentUser recommender(String divisionCode, String username) {
        return new CurrentUser(0, username, username, Set.of(Role.RECOMMENDER), null, divisionCode, false);
    }

    /** A person of the programme office with this user name. */
    public static CurrentUser officer(String username) {
        return new CurrentUser(0, username, username, Set.of(Role.OFFICER), null, null, false);
    }

    public Optional<RecommendationList> list(long callId, String divisionCode) {
        return lists.list(callId, divisionCode);
    }

    public List<RecommendationList> lists(long callId) {
        return lists.lists(callId);
    }

    public boolean isSubmitted(long callId, String divisionCode) {
        return lists.isSubmitted(callId, divisionCode);
    }

    public OptionalInt rankOf(long applicationId) {
        return lists.rankOf(applicationId);
    }

    public List<CallSummary> calls() {
        return lists.calls();
    }

    public Optional<CallSummary> call(Long callId) {
        return lists.call(callId);
    }

    public RecommendationList ranking(CallSummary call, String divisionCode) {
        return lists.ranking(call, divisionCode);
    }

    public Review review(long applicationId, ApplicationScope scope) {
        return prechecks.review(applicationId, scope);
    }

    public List<PrecheckItem> savePrecheck(long applicationId, String divisionCode, List<PrecheckInput> inputs,
                                           String actor) {
        return prechecks.save(applicationId, inputs, recommender(divisionCode, actor));
    }

    public ApplicationSummary recommend(long applicationId, String divisionCode, String actor) {
        return decisions.recommend(applicationId, recommender(divisionCode, actor));
    }

    public ApplicationSummary returnForRevision(long applicationId, String divisionCode, String reason,
                                                Instant deadline, String actor) {
        return decisions.returnForRevision(applicationId, reason, deadline, recommender(divisionCode, actor));
    }

    public ApplicationSummary decline(long applicationId, String divisionCode, String reason, String actor) {
        return decisions.decline(applicationId, reason, recommender(divisionCode, actor));
    }

    public ApplicationSummary reconsider(long applicationId, String divisionCode, String reason, String actor) {
        return decisions.reconsider(applicationId, reason, recommender(divisionCode, actor));
    }

    public RecommendationList reorder(long callId, String divisionCode, long expectedVersion, List<Long> order,
                                      String actor) {
        return ranking.reorder(callId, expectedVersion, order, recommender(divisionCode, actor));
    }

    public RecommendationList move(long callId, String divisionCode, long expectedVersion, long applicationId,
                                   boolean up, String actor) {
        return ranking.move(callId, expectedVersion, applicationId, up, recommender(divisionCode, actor));
    }

    public RecommendationList remark(long callId, String divisionCode, long expectedVersion, long applicationId,
                                     String remark, String actor) {
        return ranking.remark(callId, expectedVersion, applicationId, remark, recommender(divisionCode, actor));
    }

    public SummaryTable summaryTable(CallSummary call, String divisionCode) {
        return submission.summaryTable(call, divisionCode);
    }

    public byte[] docx(SummaryTable table) {
        return submission.docx(table);
    }

    public byte[] xlsx(SummaryTable table) {
        return submission.xlsx(table);
    }

    public Submission submit(long callId, String divisionCode, String idempotencyKey, String scanName,
                             InputStream scan, String actor) {
        return submit(callId, divisionCode, idempotencyKey, scanName, scan, false, actor);
    }

    public Submission submit(long callId, String divisionCode, String idempotencyKey, String scanName,
                             InputStream scan, boolean confirmUnsettled, String actor) {
        return submission.submit(callId, idempotencyKey, scanName, scan, confirmUnsettled,
                recommender(divisionCode, actor));
    }

    public List<ApplicationSummary> unsettled(long callId, String divisionCode) {
        return waiting.unsettled(callId, divisionCode);
    }

    public List<Stranded> stranded(long callId, String divisionCode) {
        return waiting.stranded(callId, divisionCode);
    }

    public RecommendationList reopen(long callId, String divisionCode, String reason, Instant newDeadline,
                                     String actor) {
        return reopening.reopen(callId, divisionCode, reason, newDeadline, officer(actor));
    }
}
