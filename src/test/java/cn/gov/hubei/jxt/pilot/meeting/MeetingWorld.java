package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.expert.NewExpert;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.SentToProvince;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The meeting tests' world: a call of their own on 2031-03-10, applications taken through the real path to
 * 形式审查通过 (submitted, recommended with the division's list, passed by an officer), experts registered in the pool
 * with their accounts, and the people who act.
 */
final class MeetingWorld {

    static final LocalDateTime NOW = LocalDateTime.of(2031, 3, 10, 10, 0);
    static final LocalDate MEETING_DAY = LocalDate.of(2031, 3, 20);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Filing filing;
    private final Calls calls;
    private final MutableClock clock;
    private final ProjectApplications applications;
    private final SentToProvince toProvince;
    private final FormalReviews reviews;
    private final ExpertPool pool;
    private final Experts experts;
    private final UserAdministration users;

    MeetingWorld(MockMvc mvc, Calls calls, Enterprises enterprises, UserAdministration users, MutableClock clock,
                 ProjectApplications applications, RecommendationSteps recommendations, FormalReviews reviews,
                 ExpertPool pool, Experts experts) {
        this.filing = new Filing(mvc, calls, enterprises, users, clock);
        this.calls = calls;
        this.clock = clock;
        this.applications = applications;
        this.toProvince = new SentToProvince(recommendations);
        this.reviews = reviews;
        this.pool = pool;
        this.experts = experts;
        this.users = users;
    }

    static CurrentUser officer() {
        return new CurrentUser(0, "meeting-officer", "会议处", Set.of(Role.OFFICER), null, null, false);
    }

    static MeetingParameters parameters(int experts, int coverage, int cap, int reserves) {
        return new MeetingParameters("第" + SEQUENCE.incrementAndGet() + "次专家评审会", MEETING_DAY,
                "武汉市洪山区省经信厅会议室", experts, coverage, cap, reserves);
    }

    /** Sets the clock to {@link #NOW} and publishes a call whose filing opened a day before (no quota). */
    CallSummary openCall() {
        clock.set(NOW);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(NOW.minusDays(1)).quota(null).build(),
                "meeting-test");
        return calls.publish(call.id(), "meeting-test");
    }

    /** An application of a new enterprise of the division, submitted, recommended and passed formal review. */
    ApplicationSummary passed(long callId, String divisionCode, String projectName) {
        Filing.Submitted submitted = filing.submitted(applications, callId, divisionCode, projectName);
        toProvince.recommendAndSubmit(submitted.applicationId(), callId, divisionCode);
        ApplicationSummary a = applications.find(submitted.applicationId(), ApplicationScope.ALL).orElseThrow();
        reviews.decide(new FormalDecision(a.id(), a.lastVersionNo(), a.status(), FormalReviewOutcome.PASS, List.of(),
                null, null), officer());
        return applications.find(a.id(), ApplicationScope.ALL).orElseThrow();
    }

    /** A submitted application that has not passed formal review (still with its recommender). */
    ApplicationSummary submittedOnly(long callId, String divisionCode, String projectName) {
        long id = filing.submitted(applications, callId, divisionCode, projectName).applicationId();
        return applications.find(id, ApplicationScope.ALL).orElseThrow();
    }

    /** An active expert of the pool with a login account (role EXPERT). */
    long expert(String name, Set<String> modes, Set<String> industries, String employerName, String employerCode) {
        long id = pool.register(new NewExpert(name + SEQUENCE.incrementAndGet(), employerName, employerCode, null, "教授级高级工程师", modes,
                industries, "420100", null, null), officer()).id();
        String username = "zj-test-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        long account = users.create(new NewAccount(username, name, null, null, Set.of(Role.EXPERT), null, null),
                Filing.PASSWORD, false).id();
        pool.linkAccount(id, account, officer());
        return id;
    }

    long expert(String name, String... modes) {
        return expert(name, Set.of(modes), Set.of(), "华中科技大学", null);
    }

    /** The expert as the person signed in with their account. */
    CurrentUser asExpert(long expertId) {
        long account = experts.find(expertId).orElseThrow().accountId();
        var view = users.find(account).orElseThrow();
        return new CurrentUser(account, view.username(), view.displayName(), Set.of(Role.EXPERT), null, null, false);
    }

    String username(long expertId) {
        return users.find(experts.find(expertId).orElseThrow().accountId()).orElseThrow().username();
    }

    void deactivate(long expertId) {
        pool.deactivate(expertId, "测试：暂停抽取", officer());
    }

    private final List<Long> setAside = new java.util.ArrayList<>();

    /**
     * Sets every active expert of the shared database aside (inactive) but those given, so that a test knows the
     * whole pool a draw takes from; {@link #restore} makes them active again.
     */
    void onlyThesePoolExperts(java.util.Collection<Long> keep) {
        for (var e : experts.active()) {
            if (!keep.contains(e.id())) {
                pool.deactivate(e.id(), "测试：暂不参加抽取", officer());
                setAside.add(e.id());
            }
        }
    }

    void restore() {
        for (long id : setAside) {
            pool.activate(id, "测试结束", officer());
        }
        setAside.clear();
    }
}
