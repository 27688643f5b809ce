package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Decisions;
import cn.gov.hubei.jxt.pilot.recommendation.internal.ListSubmission;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Prechecks;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Ranking;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.recommendation.internal.Reopening;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module tells of its own decisions, in their transaction: the applicants of the recommender's decisions, the
 * officers of a submitted list; a decision rolled back tells nobody. And its use cases check the person acting
 * (a service does not trust its caller): only the recommender of the application's division decides and ranks, only
 * the programme office reopens.
 */
@ApplicationIntegrationTest
class NoticesAndPerformersTest {

    static final String WUHAN = "420100";
    static final String HUANGSHI = "420200";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired Prechecks prechecks;
    @Autowired Decisions decisions;
    @Autowired Ranking ranking;
    @Autowired ListSubmission submission;
    @Autowired Reopening reopening;
    @Autowired Inbox inbox;
    @Autowired TransactionTemplate tx;

    Recommending fixture;
    CallSummary call;
    CurrentUser recommender;

    @BeforeEach
    void aCall() {
        fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        call = fixture.call(null);
        recommender = users.actingAs(fixture.recommender(WUHAN)).orElseThrow();
    }

    List<InboxEntry> notices(String username, String kind) {
        return inbox.list(username, false, 50, 0).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    @Test
    void theApplicantIsToldOfARecommendationInItsTransactionAndNotWhenItIsRolledBack() {
        var app = fixture.plain(call, WUHAN, "通知事务项目");
        prechecks.save(app.applicationId(), Recommending.allMet(), recommender);

        List<InboxEntry> inside = tx.execute(status -> {
            decisions.recommend(app.applicationId(), recommender);
            List<InboxEntry> seen = notices(app.applicant(), "application.recommend");
            status.setRollbackOnly();
            return seen;
        });

        assertThat(inside).extracting(InboxEntry::subject).containsExactly("申报书已获推荐：通知事务项目");
        assertThat(inside.get(0).body()).isEqualTo("您单位的申报书《通知事务项目》（" + call.title()
                + "）已被武汉市推荐，将随推荐汇总表报送省经济和信息化厅。");
        assertThat(notices(app.applicant(), "application.recommend")).isEmpty();
        assertThat(applications.find(app.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);

        decisions.recommend(app.applicationId(), recommender);
        assertThat(notices(app.applicant(), "application.recommend")).hasSize(1);
    }

    @Test
    void theOfficersAreToldOfASubmittedListInItsTransactionAndNotWhenItIsRolledBack() {
        String officer = "officer-" + ThreadLocalRandom.current().nextInt(100_000_000);
        users.create(new NewAccount(officer, "处室", null, null, Set.of(Role.OFFICER), null, null), Filing.PASSWORD,
                false);
        var app = fixture.plain(call, WUHAN, "报送事务项目");
        prechecks.save(app.applicationId(), Recommending.allMet(), recommender);
        decisions.recommend(app.applicationId(), recommender);

        int inside = tx.execute(status -> {
            submission.submit(call.id(), "rolled-back", "盖章.pdf", new ByteArrayInputStream(Filing.PDF), false,
                    recommender);
            int seen = notices(officer, "recommendation.submitted").size();
            status.setRollbackOnly();
            return seen;
        });

        assertThat(inside).isEqualTo(1);
        assertThat(notices(officer, "recommendation.submitted")).isEmpty();
        assertThat(service.isSubmitted(call.id(), WUHAN)).isFalse();
    }

    @Test
    void onlyTheRecommenderOfTheDivisionDecidesAndRanks() {
        var app = fixture.plain(call, WUHAN, "执行人项目");
        CurrentUser other = users.actingAs(fixture.recommender(HUANGSHI)).orElseThrow();
        CurrentUser officer = users.actingAs(fixture.account(Role.OFFICER, null, null)).orElseThrow();

        assertThatThrownBy(() -> prechecks.save(app.applicationId(), Recommending.allMet(), other))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> decisions.decline(app.applicationId(), "不予推荐", other))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> decisions.decline(app.applicationId(), "不予推荐", officer))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> ranking.reorder(call.id(), 0, List.of(), officer))
                .isInstanceOfSatisfying(RecommendationRefusedException.class,
                        e -> assertThat(e.getCodes()).containsExactly("recommendation.refused.not-recommender"));
        assertThat(applications.find(app.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);

        decisions.decline(app.applicationId(), "不符合推荐条件。", recommender);
        assertThat(applications.find(app.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
    }

    @Test
    void onlyTheProgrammeOfficeReopensASubmittedList() {
        var app = fixture.plain(call, WUHAN, "重新开放项目");
        prechecks.save(app.applicationId(), Recommending.allMet(), recommender);
        decisions.recommend(app.applicationId(), recommender);
        submission.submit(call.id(), "reopen-" + call.id(), "盖章.pdf", new ByteArrayInputStream(Filing.PDF), false,
                recommender);
        CurrentUser officer = users.actingAs(fixture.account(Role.OFFICER, null, null)).orElseThrow();

        assertThatThrownBy(() -> reopening.reopen(call.id(), WUHAN, "补充推荐项目", null, recommender))
                .isInstanceOfSatisfying(RecommendationRefusedException.class,
                        e -> assertThat(e.getCodes()).containsExactly("recommendation.refused.not-officer"));
        assertThat(service.isSubmitted(call.id(), WUHAN)).isTrue();

        RecommendationList reopened = reopening.reopen(call.id(), WUHAN, "补充推荐项目", null, officer);
        assertThat(reopened.status()).isEqualTo(ListStatus.OPEN);
        assertThatThrownBy(() -> reopening.reopen(call.id(), WUHAN, "再次开放", null, officer))
                .isInstanceOfSatisfying(RecommendationRefusedException.class,
                        e -> assertThat(e.getCodes()).containsExactly("recommendation.reopen.not-submitted"));
    }
}
