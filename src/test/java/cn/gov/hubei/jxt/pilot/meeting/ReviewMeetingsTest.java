package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationAssignments;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ConflictDeclarations;
import cn.gov.hubei.jxt.pilot.expert.ConflictKind;
import cn.gov.hubei.jxt.pilot.expert.ExpertRefusedException;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review meetings through {@link ReviewMeetings} and {@link Panels} on the real database: set-up, the draw (rules kept,
 * determinism, verification, infeasibility), invitations, pledge and assignments, decline and declared conflicts,
 * replacement from the reserves, start and close.
 *
 * <p>The pool: E1..E5 cover 离散型 (the applications' mode: 4 points a seat), E6 and E7 are 流程型 (0 points). E5 works
 * for the enterprise of the first application (an automatic conflict). Every other expert of the shared database is
 * set aside for the test.
 */
@IntegrationTest
class ReviewMeetingsTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired ConflictDeclarations declarations;
    @Autowired ReviewMeetings meetings;
    @Autowired Panels panels;
    @Autowired ApplicationAssignments assignments;
    @Autowired JdbcClient jdbc;

    MeetingWorld world;
    CallSummary call;
    List<ApplicationSummary> apps;
    List<Long> discrete;
    List<Long> process;
    final CurrentUser officer = MeetingWorld.officer();

    @BeforeEach
    void world() {
        world = new MeetingWorld(mvc, calls, enterprises, users, clock, applications, recommendations, reviews, pool,
                experts);
        call = world.openCall();
        apps = List.of(world.passed(call.id(), "420100", "数字化车间甲"), world.passed(call.id(), "420100", "数字化车间乙"),
                world.passed(call.id(), "420500", "数字化车间丙"));
        String employerCode = enterprises.find(apps.get(0).enterpriseId()).orElseThrow().creditCode();
        discrete = new ArrayList<>(List.of(world.expert("专家甲", "DISCRETE"), world.expert("专家乙", "DISCRETE"),
                world.expert("专家丙", "DISCRETE"), world.expert("专家丁", "DISCRETE")));
        discrete.add(world.expert("专家戊", Set.of("DISCRETE"), Set.of(), apps.get(0).enterpriseName(), employerCode));
        process = List.of(world.expert("专家己", "PROCESS"), world.expert("专家庚", "PROCESS"));
        List<Long> keep = new ArrayList<>(discrete);
        keep.addAll(process);
        world.onlyThesePoolExperts(keep);
    }

    @AfterEach
    void restore() {
        world.restore();
    }

    private MeetingSummary planned(int experts, int coverage, int cap, int reserves) {
        MeetingSummary m = meetings.create(call.id(), MeetingWorld.parameters(experts, coverage, cap, reserves), officer);
        assertThat(meetings.autoGroup(m.id(), officer)).isEqualTo(3);
        return m;
    }

    private static Set<String> pairs(List<MeetingSeat> seats) {
        return seats.stream().filter(s -> s.state() == SeatState.ACTIVE)
                .map(s -> s.applicationId() + ":" + s.expertId()).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------------------------------ set-up

    @Test
    void onlyApplicationsThatPassedFormalReviewGoOnTheAgendaAndOnlyOnOneMeetingOfTheCall() {
        ApplicationSummary notPassed = world.submittedOnly(call.id(), "420100", "尚未审查的项目");
        MeetingSummary m = planned(3, 2, 2, 2);
        assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
        List<MeetingGroup> groups = meetings.groups(m.id());
        assertThat(groups).extracting(MeetingGroup::basis, MeetingGroup::basisCode, MeetingGroup::applications)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GroupBasis.MODE, "DISCRETE", 3));
        assertThat(meetings.agenda(m.id())).extracting(AgendaEntry::applicationId)
                .containsExactlyElementsOf(apps.stream().map(ApplicationSummary::id).sorted().toList());
        assertThat(panels.applications(m.id())).hasSize(3).allMatch(a -> a.groupPosition() == 1);
        long group = groups.get(0).id();
        assertThatThrownBy(() -> meetings.putApplication(m.id(), notPassed.id(), group, officer))
                .isInstanceOfSatisfying(MeetingRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("meeting.agenda.not-passed"));
        MeetingSummary other = meetings.create(call.id(), MeetingWorld.parameters(3, 2, 2, 2), officer);
        MeetingGroup otherGroup = meetings.addGroup(other.id(), "流程型组", GroupBasis.MODE, "PROCESS", officer);
        assertThatThrownBy(() -> meetings.putApplication(other.id(), apps.get(0).id(), otherGroup.id(), officer))
                .isInstanceOfSatisfying(MeetingRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("meeting.agenda.on-other-meeting"));
        assertThat(meetings.eligible(other.id())).isEmpty();
        assertThat(panels.ofCall(call.id())).extracting(MeetingSummary::id).containsExactly(m.id(), other.id());
    }

    @Test
    void brokenParametersAreRefusedBesideTheirFieldsAndOnlyTheOfficeSetsMeetingsUp() {
        assertThatThrownBy(() -> meetings.create(call.id(), new MeetingParameters(" ", null, "", 0, 3, 0, 21),
                officer)).isInstanceOfSatisfying(MeetingRejectedException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + " " + p.code()).containsExactly(
                        "title meeting.rule.title.missing", "place meeting.rule.place.missing",
                        "meetingDate meeting.rule.meetingDate.missing", "expertsPerApplication meeting.rule.experts.range",
                        "coverage meeting.rule.coverage.range", "loadCap meeting.rule.loadCap.range",
                        "reservesPerGroup meeting.rule.reserves.range"));
        assertThatThrownBy(() -> meetings.create(call.id(), MeetingWorld.parameters(3, 2, 2, 2),
                world.asExpert(discrete.get(0)))).isInstanceOf(MeetingRefusedException.class);
    }

    // ------------------------------------------------------------------------------------------ the draw

    @Test
    void theDrawKeepsConflictsCapsAndCoverageMaximisesTheMatchAndIsRecorded() {
        MeetingSummary m = planned(3, 2, 2, 2);
        MeetingDraw draw = meetings.draw(m.id(), 20310320L, officer);
        assertThat(draw.seed()).isEqualTo(20310320L);
        assertThat(draw.systemSeed()).isFalse();
        assertThat(draw.seatCount()).isEqualTo(9);
        // every seat by a 离散型 expert (4 points each): the maximum
        assertThat(draw.totalScore()).isEqualTo(36);
        assertThat(draw.inputDigest()).matches("[0-9a-f]{64}");
        assertThat(meetings.find(m.id()).orElseThrow().status()).isEqualTo(MeetingStatus.DRAWN);
        List<MeetingSeat> seats = meetings.seats(m.id());
        assertThat(seats).hasSize(9).allMatch(s -> s.state() == SeatState.ACTIVE && s.covers() && s.score() == 4
                && discrete.contains(s.expertId()));
        Map<Long, Long> perApplication = seats.stream()
                .collect(Collectors.groupingBy(MeetingSeat::applicationId, Collectors.counting()));
        assertThat(perApplication.values()).containsOnly(3L);
        Map<Long, Long> load = seats.stream().collect(Collectors.groupingBy(MeetingSeat::expertId, Collectors.counting()));
        assertThat(load.values()).allMatch(n -> n <= 2);
        assertThat(seats).noneMatch(s -> s.expertId() == discrete.get(4) && s.applicationId() == apps.get(0).id());
        // the reserves: the experts not seated, rank order
        assertThat(meetings.reserves(m.id())).hasSize(2).extracting(MeetingReserve::rank).containsExactly(1, 2);
        // every drawn expert invited, reserves as reserves
        assertThat(meetings.invitations(m.id())).allMatch(i -> i.state() == InvitationState.INVITED);
        assertThat(meetings.invitations(m.id()).stream().filter(i -> !i.asReserve()).map(Invitation::expertId)
                .collect(Collectors.toSet())).isEqualTo(load.keySet());
        // recorded in the audit trail with seed, digest, total and seats
        String details = jdbc.sql("""
                        select details::text from audit_entry where action = 'meeting.drawn' and target_type = 'review_meeting'
                           and target_id = :id""")
                .param("id", String.valueOf(m.id())).query(String.class).single();
        assertThat(details).contains("\"seed\":20310320").contains(draw.inputDigest()).contains("\"totalScore\":36")
                .contains("\"seats\":9");
        // the notices: inbox of a drawn expert
        String drawn = world.username(seats.get(0).expertId());
        assertThat(jdbc.sql("select count(*) from notification_inbox where username = :u and kind = 'meeting.seated'")
                .param("u", drawn).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameSeedOnUnchangedInputsGivesTheSameSeatsAndTheRecordedDrawVerifies() {
        MeetingSummary m = planned(3, 2, 2, 2);
        MeetingDraw first = meetings.draw(m.id(), 7L, officer);
        Set<String> seats = pairs(meetings.seats(m.id()));
        List<Long> reserves = meetings.reserves(m.id()).stream().map(MeetingReserve::expertId).toList();
        DrawVerification verification = meetings.verify(m.id(), officer);
        assertThat(verification.verified()).isTrue();
        assertThat(verification.rerunDigest()).isEqualTo(first.inputDigest());
        assertThat(verification.rerunTotal()).isEqualTo(36);

        meetings.cancelDraw(m.id(), officer);
        assertThat(meetings.find(m.id()).orElseThrow().status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meetings.seats(m.id())).isEmpty();
        assertThat(meetings.invitations(m.id())).isEmpty();
        MeetingDraw again = meetings.draw(m.id(), 7L, officer);
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.inputDigest()).isEqualTo(first.inputDigest());
        assertThat(pairs(meetings.seats(m.id()))).isEqualTo(seats);
        assertThat(meetings.reserves(m.id()).stream().map(MeetingReserve::expertId).toList()).isEqualTo(reserves);
    }

    @Test
    void aRecordedDrawThatDoesNotReadIsTheServersFaultNotAnUnreadableRequest() {
        MeetingSummary m = planned(3, 2, 2, 0);
        MeetingDraw draw = meetings.draw(m.id(), 7L, officer);
        jdbc.sql("update meeting_draw set result = 'not JSON' where id = :id").param("id", draw.id()).update();

        Throwable failure = catchThrowable(() -> meetings.verify(m.id(), officer));
        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Stored JSON does not read: draw " + draw.id() + "'s result");
        // the web layer answers a JacksonException, its own or a cause's, as the client's unreadable body (400)
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t).isNotInstanceOf(tools.jackson.core.JacksonException.class);
        }
    }

    @Test
    void differentSeedsOnASymmetricInstanceGiveDifferentOptimalDraws() {
        MeetingSummary m = planned(3, 2, 2, 0);
        Set<Set<String>> distinct = new HashSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            MeetingDraw draw = meetings.draw(m.id(), seed, officer);
            assertThat(draw.totalScore()).as("seed %d", seed).isEqualTo(36);
            distinct.add(pairs(meetings.seats(m.id())));
            meetings.cancelDraw(m.id(), officer);
        }
        assertThat(distinct).hasSizeGreaterThan(1);
    }

    @Test
    void aSystemSeedIsDrawnAndRecordedWhenTheOfficerGivesNone() {
        MeetingSummary m = planned(3, 2, 2, 1);
        MeetingDraw draw = meetings.draw(m.id(), null, officer);
        assertThat(draw.systemSeed()).isTrue();
        assertThat(meetings.verify(m.id(), officer).seed()).isEqualTo(draw.seed());
        assertThat(meetings.verify(m.id(), officer).verified()).isTrue();
    }

    @Test
    void anInfeasibleDrawIsRefusedNamingTheShortfallAndChangesNothing() {
        // three 离散型 seats per application on 2 experts of the mode (E5 conflicted on the first): coverage fails
        MeetingSummary m = planned(3, 3, 2, 0);
        world.deactivate(discrete.get(0));
        world.deactivate(discrete.get(1));
        try {
            assertThatThrownBy(() -> meetings.draw(m.id(), 1L, officer))
                    .isInstanceOfSatisfying(MeetingRefusedException.class,
                            e -> assertThat(e.code()).startsWith("meeting.draw.infeasible."));
            assertThat(meetings.find(m.id()).orElseThrow().status()).isEqualTo(MeetingStatus.PLANNED);
            assertThat(meetings.currentDraw(m.id())).isEmpty();
        } finally {
            pool.activate(discrete.get(0), "测试结束", officer);
            pool.activate(discrete.get(1), "测试结束", officer);
        }
    }

    // ------------------------------------------------------------------------------------------ the experts

    @Test
    void anExpertSeesTheAssignedApplicationsOnlyAfterAcceptingAndSigningThePledge() {
        MeetingSummary m = planned(3, 2, 2, 2);
        meetings.draw(m.id(), 11L, officer);
        MeetingSeat seat = meetings.seats(m.id()).get(0);
        CurrentUser expert = world.asExpert(seat.expertId());
        ApplicationScope scope = ApplicationScope.assigned(expert.id());
        assertThat(applications.find(seat.applicationId(), scope)).isEmpty();
        assertThat(panels.mayRead(m.id(), seat.applicationId(), expert.id())).isFalse();

        assertThatThrownBy(() -> meetings.pledge(m.id(), expert)).isInstanceOf(MeetingRefusedException.class);
        assertThat(meetings.accept(m.id(), expert).state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(meetings.accept(m.id(), expert).state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(applications.find(seat.applicationId(), scope)).isEmpty();

        Invitation pledged = meetings.pledge(m.id(), expert);
        assertThat(pledged.pledgedAt()).isEqualTo(clock.instant());
        assertThat(meetings.pledge(m.id(), expert).pledgedAt()).isEqualTo(pledged.pledgedAt());
        List<Long> own = meetings.seats(m.id()).stream().filter(s -> s.expertId() == seat.expertId())
                .map(MeetingSeat::applicationId).sorted().toList();
        assertThat(applications.list(ApplicationQuery.in(scope)).stream().map(ApplicationSummary::id).sorted().toList())
                .isEqualTo(own);
        assertThat(panels.mayRead(m.id(), seat.applicationId(), expert.id())).isTrue();
        assertThat(panels.mayScore(m.id(), seat.applicationId(), expert.id())).isFalse();
        assertThat(panels.seatsOf(expert.id())).extracting(PanelSeat::applicationId).containsExactlyElementsOf(own);
        assertThat(panels.seatsOf(expert.id())).allMatch(s -> s.accepted() && s.pledged());

        // the meeting starts on its day, then the expert may score; closing ends it
        assertThatThrownBy(() -> meetings.start(m.id(), officer)).isInstanceOfSatisfying(
                MeetingRefusedException.class, e -> assertThat(e.code()).isEqualTo("meeting.start.too-early"));
        clock.set(MeetingWorld.MEETING_DAY.atTime(9, 0));
        assertThatThrownBy(() -> meetings.cancelDraw(m.id(), officer)).isInstanceOfSatisfying(
                MeetingRefusedException.class, e -> assertThat(e.code()).isEqualTo("meeting.cancel-draw.accepted"));
        assertThat(meetings.start(m.id(), officer).status()).isEqualTo(MeetingStatus.STARTED);
        assertThat(panels.mayScore(m.id(), seat.applicationId(), expert.id())).isTrue();
        assertThatThrownBy(() -> meetings.decline(m.id(), null, expert)).isInstanceOf(MeetingRefusedException.class);
        assertThat(meetings.close(m.id(), officer).status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(panels.mayScore(m.id(), seat.applicationId(), expert.id())).isFalse();
    }

    @Test
    void aDeclineVacatesTheSeatsAndOneClickReplacesThemFromTheReservesInRankOrder() {
        MeetingSummary m = planned(3, 2, 2, 2);
        meetings.draw(m.id(), 5L, officer);
        MeetingSeat seat = meetings.seats(m.id()).get(0);
        CurrentUser expert = world.asExpert(seat.expertId());
        meetings.accept(m.id(), expert);
        meetings.pledge(m.id(), expert);
        assertThat(assignments.isAssigned(seat.applicationId(), expert.id())).isTrue();

        Invitation declined = meetings.decline(m.id(), "时间冲突", expert);
        assertThat(declined.state()).isEqualTo(InvitationState.DECLINED);
        assertThat(assignments.isAssigned(seat.applicationId(), expert.id())).isFalse();
        List<MeetingSeat> vacant = meetings.seats(m.id()).stream().filter(s -> s.state() == SeatState.VACANT).toList();
        assertThat(vacant).isNotEmpty().allMatch(s -> s.expertId() == seat.expertId()
                && "DECLINED".equals(s.vacatedReason()));
        assertThat(panels.seats(m.id())).noneMatch(s -> s.expertId() == seat.expertId());

        List<MeetingReserve> reserves = meetings.reserves(m.id());
        List<Replacement> done = meetings.replace(m.id(), seat.expertId(), officer);
        assertThat(done).hasSize(vacant.size());
        // the first reserve fits every seat (coverage 2 is kept by the two remaining 离散型 experts)
        assertThat(done).allMatch(r -> r.reserveRank() == 1 && r.reserveExpertId() == reserves.get(0).expertId());
        List<MeetingSeat> after = meetings.seats(m.id());
        assertThat(after.stream().filter(s -> s.state() == SeatState.REPLACED).count()).isEqualTo(vacant.size());
        assertThat(after).filteredOn(s -> !s.fromDraw()).allMatch(s -> s.replacesSeat() != null
                && officer.username().equals(s.replacedBy()) && s.state() == SeatState.ACTIVE);
        assertThat(meetings.reserves(m.id()).get(0).calledAt()).isNotNull();
        assertThat(meetings.invitations(m.id())).filteredOn(i -> i.expertId() == reserves.get(0).expertId())
                .singleElement().satisfies(i -> assertThat(i.asReserve()).isFalse());
        assertThatThrownBy(() -> meetings.replace(m.id(), seat.expertId(), officer))
                .isInstanceOfSatisfying(MeetingRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("meeting.replace.none-vacant"));
    }

    @Test
    void aReplacementThatWouldBreakTheCoverageIsRefusedAndChangesNothing() {
        // every seat must be 离散型; the reserves are 流程型
        MeetingSummary m = planned(3, 3, 2, 2);
        meetings.draw(m.id(), 3L, officer);
        MeetingSeat seat = meetings.seats(m.id()).get(0);
        meetings.decline(m.id(), null, world.asExpert(seat.expertId()));
        List<MeetingSeat> before = meetings.seats(m.id());
        assertThatThrownBy(() -> meetings.replace(m.id(), seat.expertId(), officer))
                .isInstanceOfSatisfying(MeetingRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("meeting.replace.no-reserve"));
        assertThat(meetings.seats(m.id())).isEqualTo(before);
    }

    @Test
    void aDeclaredConflictTakesTheExpertOffTheApplicationAtOnce() {
        MeetingSummary m = planned(3, 2, 2, 2);
        meetings.draw(m.id(), 9L, officer);
        MeetingSeat seat = meetings.seats(m.id()).get(0);
        CurrentUser expert = world.asExpert(seat.expertId());
        meetings.accept(m.id(), expert);
        meetings.pledge(m.id(), expert);
        assertThat(applications.find(seat.applicationId(), ApplicationScope.assigned(expert.id()))).isPresent();

        declarations.declare(seat.expertId(), seat.applicationId(), ConflictKind.CONSULTING, "近两年为该企业提供咨询",
                expert);
        assertThat(applications.find(seat.applicationId(), ApplicationScope.assigned(expert.id()))).isEmpty();
        assertThat(panels.mayRead(m.id(), seat.applicationId(), expert.id())).isFalse();
        assertThat(meetings.seats(m.id())).filteredOn(s -> s.id() == seat.id()).singleElement()
                .satisfies(s -> {
                    assertThat(s.state()).isEqualTo(SeatState.VACANT);
                    assertThat(s.vacatedReason()).isEqualTo("CONFLICT");
                });
        assertThat(meetings.replace(m.id(), seat.expertId(), officer)).hasSize(1);
    }

    @Test
    void anExpertDeclaresAConflictFromTheNamesBeforeThePledgeAndNeverSeesTheContent() {
        MeetingSummary m = planned(3, 2, 2, 2);
        meetings.draw(m.id(), 9L, officer);
        MeetingSeat seat = meetings.seats(m.id()).get(0);
        CurrentUser expert = world.asExpert(seat.expertId());
        // not accepted yet: the application is nothing to the expert
        assertThatThrownBy(() -> declarations.declare(seat.expertId(), seat.applicationId(), ConflictKind.RELATIVE,
                "配偶在该企业任职", expert))
                .isInstanceOfSatisfying(ExpertRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("expert.conflict.application-not-found"));

        meetings.accept(m.id(), expert);
        declarations.declare(seat.expertId(), seat.applicationId(), ConflictKind.RELATIVE, "配偶在该企业任职", expert);
        meetings.pledge(m.id(), expert);

        assertThat(applications.find(seat.applicationId(), ApplicationScope.assigned(expert.id()))).isEmpty();
        assertThat(panels.mayRead(m.id(), seat.applicationId(), expert.id())).isFalse();
        assertThat(meetings.seats(m.id())).filteredOn(s -> s.id() == seat.id()).singleElement()
                .satisfies(s -> {
                    assertThat(s.state()).isEqualTo(SeatState.VACANT);
                    assertThat(s.vacatedReason()).isEqualTo("CONFLICT");
                });
        // the expert's other seats open with the pledge
        assertThat(meetings.seats(m.id())).filteredOn(s -> s.expertId() == seat.expertId()
                        && s.state() == SeatState.ACTIVE)
                .allSatisfy(s -> assertThat(panels.mayRead(m.id(), s.applicationId(), expert.id())).isTrue());
    }
}
