package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property of the review: <b>no conflicted pair is ever seated or readable</b>. Random pools (size, modes), random
 * conflicts (automatic: an expert employed by the applicant, by credit code; declared: before the draw and after the
 * pledge), random parameters and random seeds: after the draw, after the experts accept and sign, after conflicts are
 * declared and after the replacements, no active seat joins an expert to an application they are conflicted with,
 * and no expert's application reads (scope {@code assigned}) or {@link Panels#mayRead} ever return one.
 *
 * <p>jqwik runs outside JUnit Jupiter, so the class takes the shared integration context from Spring's test context
 * cache itself ({@link TestContextManager}); everything goes through the real database.
 */
@IntegrationTest
class NoConflictedSeatPropertyTest {

    static ApplicationContext context;
    static MeetingWorld world;
    static CallSummary call;

    @BeforeContainer
    static void context() throws Exception {
        TestContextManager manager = new TestContextManager(NoConflictedSeatPropertyTest.class);
        context = manager.getTestContext().getApplicationContext();
        world = new MeetingWorld(bean(MockMvc.class), bean(Calls.class), bean(Enterprises.class),
                bean(UserAdministration.class), bean(MutableClock.class), bean(ProjectApplications.class),
                bean(RecommendationSteps.class), bean(FormalReviews.class), bean(ExpertPool.class),
                bean(Experts.class));
        call = world.openCall();
    }

    @AfterContainer
    static void restore() {
        if (world != null) {
            world.restore();
        }
    }

    static <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Property(tries = 5)
    void noConflictedPairIsEverSeatedOrReadable(@ForAll Random random) {
        ReviewMeetings meetings = bean(ReviewMeetings.class);
        Panels panels = bean(Panels.class);
        ConflictsOfInterest conflicts = bean(ConflictsOfInterest.class);
        ConflictDeclarations declarations = bean(ConflictDeclarations.class);
        Enterprises enterprises = bean(Enterprises.class);
        ProjectApplications applications = bean(ProjectApplications.class);
        CurrentUser officer = MeetingWorld.officer();

        List<ApplicationSummary> apps = List.of(world.passed(call.id(), "420100", "性质测试项目"),
                world.passed(call.id(), "420500", "性质测试项目"));
        String[] modes = {"DISCRETE", "PROCESS", "NETWORKED"};
        List<Long> pool = new ArrayList<>();
        int size = 4 + random.nextInt(6);
        for (int i = 0; i < size; i++) {
            Set<String> expertise = new HashSet<>();
            expertise.add(modes[random.nextInt(modes.length)]);
            if (random.nextBoolean()) {
                expertise.add(modes[random.nextInt(modes.length)]);
            }
            ApplicationSummary employer = random.nextInt(4) == 0 ? apps.get(random.nextInt(apps.size())) : null;
            pool.add(employer == null
                    ? world.expert("性质专家", expertise, Set.of(), "武汉理工大学", null)
                    : world.expert("性质专家", expertise, Set.of(), employer.enterpriseName(),
                    enterprises.find(employer.enterpriseId()).orElseThrow().creditCode()));
        }
        world.restore();
        world.onlyThesePoolExperts(pool);
        for (long expert : pool) {
            for (ApplicationSummary a : apps) {
                if (random.nextInt(6) == 0 && !conflicts.conflicted(expert, a.id())) {
                    declarations.declare(expert, a.id(), ConflictKind.OTHER, "性质测试：事先申明", officer);
                }
            }
        }
        int seats = 1 + random.nextInt(3);
        MeetingSummary meeting = meetings.create(call.id(), new MeetingParameters("性质测试评审会",
                MeetingWorld.MEETING_DAY, "会议室", seats, random.nextInt(seats + 1), 1 + random.nextInt(2),
                random.nextInt(3)), officer);
        meetings.autoGroup(meeting.id(), officer);
        try {
            meetings.draw(meeting.id(), random.nextLong(), officer);
        } catch (MeetingRefusedException infeasible) {
            assertThat(infeasible.code()).startsWith("meeting.draw.infeasible.");
            return;
        }
        noConflictedSeat(meetings, conflicts, meeting.id());

        List<Long> seated = meetings.seats(meeting.id()).stream().map(MeetingSeat::expertId).distinct().toList();
        for (long expert : seated) {
            meetings.accept(meeting.id(), world.asExpert(expert));
            meetings.pledge(meeting.id(), world.asExpert(expert));
        }
        noConflictedRead(meetings, panels, conflicts, applications, meeting.id(), pool, apps);

        for (MeetingSeat seat : meetings.seats(meeting.id())) {
            if (seat.state() == SeatState.ACTIVE && random.nextInt(3) == 0) {
                declarations.declare(seat.expertId(), seat.applicationId(), ConflictKind.CONSULTING,
                        "性质测试：签署承诺后申明", world.asExpert(seat.expertId()));
            }
        }
        noConflictedSeat(meetings, conflicts, meeting.id());
        noConflictedRead(meetings, panels, conflicts, applications, meeting.id(), pool, apps);

        for (long expert : meetings.seats(meeting.id()).stream().filter(s -> s.state() == SeatState.VACANT)
                .map(MeetingSeat::expertId).distinct().toList()) {
            try {
                meetings.replace(meeting.id(), expert, officer);
            } catch (MeetingRefusedException noReserveFits) {
                assertThat(noReserveFits.code()).isEqualTo("meeting.replace.no-reserve");
            }
        }
        noConflictedSeat(meetings, conflicts, meeting.id());
        noConflictedRead(meetings, panels, conflicts, applications, meeting.id(), pool, apps);
    }

    private static void noConflictedSeat(ReviewMeetings meetings, ConflictsOfInterest conflicts, long meetingId) {
        for (MeetingSeat seat : meetings.seats(meetingId)) {
            if (seat.state() == SeatState.ACTIVE) {
                assertThat(conflicts.conflicted(seat.expertId(), seat.applicationId()))
                        .as("expert %d seated on application %d", seat.expertId(), seat.applicationId()).isFalse();
            }
        }
    }

    private static void noConflictedRead(ReviewMeetings meetings, Panels panels, ConflictsOfInterest conflicts,
                                         ProjectApplications applications, long meetingId, List<Long> pool,
                                         List<ApplicationSummary> apps) {
        for (long expert : pool) {
            long account = world.asExpert(expert).id();
            ApplicationScope scope = ApplicationScope.assigned(account);
            for (ApplicationSummary readable : applications.list(ApplicationQuery.in(scope).call(call.id()))) {
                assertThat(conflicts.conflicted(expert, readable.id()))
                        .as("expert %d reads application %d", expert, readable.id()).isFalse();
            }
            for (ApplicationSummary a : apps) {
                if (conflicts.conflicted(expert, a.id())) {
                    assertThat(applications.find(a.id(), scope)).isEmpty();
                    assertThat(panels.mayRead(meetingId, a.id(), account)).isFalse();
                }
            }
        }
    }
}
