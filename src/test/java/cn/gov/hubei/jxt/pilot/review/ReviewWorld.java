package cn.gov.hubei.jxt.pilot.review;

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
import cn.gov.hubei.jxt.pilot.meeting.MeetingParameters;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSeat;
import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.recommendation.SentToProvince;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The review tests' world: a call of their own, applications taken through the real path to 形式审查通过, a meeting of
 * them in one group (by mode) with three experts of the pool drawn for every application, who accept and sign the
 * pledge; the meeting is started on its day when asked. Experts' accounts have the password {@link Filing#PASSWORD}.
 */
public final class ReviewWorld {

    public static final LocalDateTime NOW = LocalDateTime.of(2031, 3, 10, 10, 0);
    public static final LocalDate MEETING_DAY = LocalDate.of(2031, 3, 20);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final Filing filing;
    private final Calls calls;
    private final MutableClock clock;
    private final ProjectApplications applications;
    private final SentToProvince toProvince;
    private final FormalReviews reviews;
    private final ExpertPool pool;
    private final Experts experts;
    private final UserAdministration users;
    private final ReviewMeetings meetings;
    private final List<Long> setAside = new ArrayList<>();

    public CallSummary call;
    public List<ApplicationSummary> apps = new ArrayList<>();
    public List<Long> expertIds = new ArrayList<>();
    public MeetingSummary meeting;

    public ReviewWorld(Calls calls, Enterprises enterprises, UserAdministration users, MutableClock clock,
                       ProjectApplications applications, RecommendationSteps recommendations, FormalReviews reviews,
                       ExpertPool pool, Experts experts, ReviewMeetings meetings) {
        this.filing = new Filing(null, calls, enterprises, users, clock);
        this.calls = calls;
        this.clock = clock;
        this.applications = applications;
        this.toProvince = new SentToProvince(recommendations);
        this.reviews = reviews;
        this.pool = pool;
        this.experts = experts;
        this.users = users;
        this.meetings = meetings;
    }

    public static CurrentUser officer() {
        return new CurrentUser(0, "review-officer", "评审处", Set.of(Role.OFFICER), null, null, false);
    }

    /**
     * A call with {@code projects} applications passed formal review (宜昌 and 武汉 alternately), {@code panel} experts
     * of the pool (the only active ones while drawing), a meeting of them drawn with every expert on every application,
     * every expert accepted and pledged. The clock is on {@link #NOW}; {@link #start} moves it to the meeting day.
     */
    public ReviewWorld drawn(int projects, int panel) {
        clock.set(NOW);
        CallSummary c = calls.create(CallFixtures.aCallOpeningAt(NOW.minusDays(1)).quota(null).build(), "review-test");
        call = calls.publish(c.id(), "review-test");
        for (int i = 0; i < projects; i++) {
            String division = i % 2 == 0 ? "420500" : "420100";
            apps.add(passed(call.id(), division, "评审测试项目" + (char) ('甲' + i)));
        }
        for (int i = 0; i < panel; i++) {
            expertIds.add(expert("评审专家" + (char) ('甲' + i)));
        }
        for (var e : experts.active()) {
            if (!expertIds.contains(e.id())) {
                pool.deactivate(e.id(), "测试：暂不参加抽取", officer());
                setAside.add(e.id());
            }
        }
        try {
            meeting = meetings.create(call.id(), new MeetingParameters("第" + SEQUENCE.incrementAndGet()
                    + "次智能制造专家评审会", MEETING_DAY, "省经信厅第一会议室", panel, 1, projects, 0), officer());
            meetings.autoGroup(meeting.id(), officer());
            meetings.draw(meeting.id(), 20310320L, officer());
        } finally {
            restore();
        }
        for (long id : expertIds) {
            meetings.accept(meeting.id(), asExpert(id));
            meetings.pledge(meeting.id(), asExpert(id));
        }
        return this;
    }

    public MeetingSummary start() {
        clock.set(MEETING_DAY.atTime(9, 0));
        meeting = meetings.start(meeting.id(), officer());
        return meeting;
    }

    public MeetingSummary close() {
        meeting = meetings.close(meeting.id(), officer());
        return meeting;
    }

    public List<MeetingSeat> seats() {
        return meetings.seats(meeting.id());
    }

    ApplicationSummary passed(long callId, String divisionCode, String projectName) {
        Filing.Submitted submitted = filing.submitted(applications, callId, divisionCode, projectName);
        toProvince.recommendAndSubmit(submitted.applicationId(), callId, divisionCode);
        ApplicationSummary a = applications.find(submitted.applicationId(), ApplicationScope.ALL).orElseThrow();
        reviews.decide(new FormalDecision(a.id(), a.lastVersionNo(), a.status(), FormalReviewOutcome.PASS, List.of(),
                null, null), officer());
        return applications.find(a.id(), ApplicationScope.ALL).orElseThrow();
    }

    /** An active expert of the pool (离散型) with a login account (role EXPERT). */
    public long expert(String name) {
        long id = pool.register(new NewExpert(name + SEQUENCE.incrementAndGet(), "华中科技大学", null, null,
                "教授级高级工程师", Set.of("DISCRETE"), Set.of(), "420100", null, null), officer()).id();
        String username = "review-zj-" + SEQUENCE.incrementAndGet() + "-"
                + ThreadLocalRandom.current().nextInt(1_000_000);
        long account = users.create(new NewAccount(username, name, null, null, Set.of(Role.EXPERT), null, null),
                Filing.PASSWORD, false).id();
        pool.linkAccount(id, account, officer());
        return id;
    }

    public CurrentUser asExpert(long expertId) {
        long account = experts.find(expertId).orElseThrow().accountId();
        var view = users.find(account).orElseThrow();
        return new CurrentUser(account, view.username(), view.displayName(), Set.of(Role.EXPERT), null, null, false);
    }

    public String username(long expertId) {
        return users.find(experts.find(expertId).orElseThrow().accountId()).orElseThrow().username();
    }

    private void restore() {
        for (long id : setAside) {
            pool.activate(id, "测试结束", officer());
        }
        setAside.clear();
    }
}
