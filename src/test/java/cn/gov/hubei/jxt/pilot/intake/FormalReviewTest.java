package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Deciding;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.StatusChange;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.Filed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.correction;
import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.fail;
import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The formal review through the real services and database: decisions, rules, the guard and the correction loop. */
@ApplicationIntegrationTest
class FormalReviewTest {

    static final Instant END_OF_MAY_8 = LocalDateTime.of(2026, 5, 8, 23, 59, 59).atZone(MutableClock.SHANGHAI)
            .toInstant();

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired IntakeQueue queue;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    IntakeFixtures world;
    CallSummary call;

    @BeforeEach
    void aCallWithTheProvince() {
        world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        call = world.openCall();
    }

    @Test
    void theDefaultCorrectionDeadlineIsTheFifthWorkingDayCountedOverTheLabourDayHolidays() {
        assertThat(reviews.defaultCorrectionDueDate()).contains(IntakeFixtures.DEFAULT_DUE_DATE);
        clock.set(LocalDateTime.of(2026, 4, 30, 16, 0)); // Thursday; 05-01..05-05 off, Saturday 05-09 a working day
        assertThat(reviews.defaultCorrectionDueDate()).contains(LocalDate.of(2026, 5, 11));
    }

    @Test
    void noDefaultDeadlineWhenTheCalendarLacksTheYear() {
        clock.set(LocalDateTime.of(2018, 6, 1, 9, 0)); // 2018 is never loaded (see CalendarAdminPageTest)
        assertThat(reviews.defaultCorrectionDueDate()).isEmpty();
    }

    @Test
    void aPassIsRecordedChangesTheStatusAndLeavesAnAuditEntryAndAnEvent() {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-通过");
        FormalReview review = reviews.decide(pass(filed.id(), 1, ApplicationStatus.RECOMMENDED), IntakeFixtures.officer("officer-a"));

        assertThat(review.outcome()).isEqualTo(FormalReviewOutcome.PASS);
        assertThat(review.versionNo()).isEqualTo(1);
        assertThat(review.reasons()).isEmpty();
        assertThat(review.deadline()).isNull();
        assertThat(review.decidedAt()).isEqualTo(IntakeFixtures.NOW.atZone(MutableClock.SHANGHAI).toInstant());
        assertThat(reviews.reviewsOf(filed.id())).containsExactly(review);
        assertThat(reviews.latest(filed.id())).contains(review);
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.FORMAL_PASSED);
        List<StatusChange> history = applications.history(filed.id(), ApplicationScope.ALL);
        assertThat(history.get(history.size() - 1)).extracting(StatusChange::transition, StatusChange::to,
                StatusChange::actor).containsExactly("pass-formal", ApplicationStatus.FORMAL_PASSED, "officer-a");

        List<AuditEntries.Entry> audit = new AuditEntries(jdbc).withAction("intake.formal-review", "application",
                filed.id());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo("officer-a");
        assertThat(audit.get(0).details()).containsEntry("outcome", "PASS").containsEntry("reasons", List.of())
                .containsEntry("versionNo", 1).containsEntry("reviewId", (int) review.id());
        assertThat(events.stream(FormalReviewDecided.class).filter(e -> e.applicationId() == filed.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(FormalReviewOutcome.PASS);
                    assertThat(e.versionNo()).isEqualTo(1);
                    assertThat(e.callId()).isEqualTo(call.id());
                    assertThat(e.divisionCode()).isEqualTo("420100");
                    assertThat(e.officer()).isEqualTo("officer-a");
                });
    }

    @Test
    void aCorrectionRequestTellsTheEnterpriseWhatToCorrectAndByWhen() {
        Filed filed = world.recommended(call.id(), "420500", "智能工厂项目-补正");
        FormalReview review = reviews.decide(correction(filed.id(), 1, ApplicationStatus.RECOMMENDED,
                "  请补充近三年财务审计报告。\r\n并更新信用查询截图。 ", IntakeFixtures.DEFAULT_DUE_DATE,
                "OTHER", "INCOMPLETE", "OTHER"), IntakeFixtures.officer("officer-b"));

        assertThat(review.reasons()).containsExactly(FormalReviewReason.INCOMPLETE, FormalReviewReason.OTHER);
        assertThat(review.text()).isEqualTo("请补充近三年财务审计报告。\n并更新信用查询截图。");
        assertThat(review.deadline()).isEqualTo(END_OF_MAY_8);
        assertThat(review.reason()).isEqualTo("【材料不全、其他】请补充近三年财务审计报告。\n并更新信用查询截图。");

        ApplicationSummary app = applications.find(filed.id(), filed.scope()).orElseThrow();
        assertThat(app.status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
        assertThat(app.statusReason()).isEqualTo(review.reason());
        assertThat(app.returnDeadline()).isEqualTo(END_OF_MAY_8);
        assertThat(reviews.reviewsOf(filed.id())).containsExactly(review);
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", filed.id()).get(0)
                .details()).containsEntry("outcome", "REQUEST_CORRECTION")
                .containsEntry("reasons", List.of("INCOMPLETE", "OTHER")).containsEntry("versionNo", 1)
                .containsEntry("deadline", "2026-05-08T15:59:59Z");
    }

    @Test
    void aFailureNeedsACodeAndATextOnlyForOther() {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-不通过");
        FormalReview review = reviews.decide(fail(filed.id(), 1, ApplicationStatus.RECOMMENDED, null,
                "POOR_CREDIT"), IntakeFixtures.officer("officer-c"));
        assertThat(review.reason()).isEqualTo("【信用状况不良】");
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow())
                .extracting(ApplicationSummary::status, ApplicationSummary::statusReason)
                .containsExactly(ApplicationStatus.FORMAL_FAILED, "【信用状况不良】");
    }

    @Test
    void brokenRulesAreReportedFieldByFieldAndNothingChanges() {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-规则");
        long id = filed.id();

        assertProblems(correction(id, 1, ApplicationStatus.RECOMMENDED, " ", null),
                tuple("reasons", "intake.validation.reasons.required"),
                tuple("text", "intake.validation.text.required-for-correction"),
                tuple("deadline", "intake.validation.deadline.required"));
        assertProblems(fail(id, 1, ApplicationStatus.RECOMMENDED, "", "OTHER"),
                tuple("text", "intake.validation.text.required-for-other"));
        assertProblems(new FormalDecision(id, 1, ApplicationStatus.RECOMMENDED, FormalReviewOutcome.PASS,
                        List.of("INCOMPLETE"), null, IntakeFixtures.DEFAULT_DUE_DATE),
                tuple("reasons", "intake.validation.reasons.not-for-pass"),
                tuple("deadline", "intake.validation.deadline.not-for-outcome"));
        assertProblems(correction(id, 1, ApplicationStatus.RECOMMENDED, "补正", IntakeFixtures.NOW.toLocalDate()
                .minusDays(1), "INCOMPLETE", "MISSING"),
                tuple("reasons", "intake.validation.reasons.unknown"),
                tuple("deadline", "intake.validation.deadline.past"));
        assertProblems(fail(id, 1, ApplicationStatus.RECOMMENDED, "长".repeat(801), "INELIGIBLE"),
                tuple("text", "intake.validation.text.too-long"));
        assertProblems(new FormalDecision(id, null, null, null, List.of(), null, null),
                tuple("reviewedVersionNo", "intake.validation.guard.missing"),
                tuple("reviewedStatus", "intake.validation.guard.missing"),
                tuple("outcome", "intake.validation.outcome.required"));

        assertThat(reviews.reviewsOf(id)).isEmpty();
        assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", id)).isEmpty();
    }

    @Test
    void todaysDateIsStillInTheFutureUntilMidnight() {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-当天");
        FormalReview review = reviews.decide(correction(filed.id(), 1, ApplicationStatus.RECOMMENDED, "当日补正",
                IntakeFixtures.NOW.toLocalDate(), "INCOMPLETE"), IntakeFixtures.officer("officer-d"));
        assertThat(review.deadline()).isEqualTo(LocalDateTime.of(2026, 4, 28, 23, 59, 59)
                .atZone(MutableClock.SHANGHAI).toInstant());
    }

    @Test
    void theSameDecisionPostedTwiceIsRecordedOnceAndTheSecondSaysWhatIsOnRecord() {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-重复");
        FormalDecision decision = pass(filed.id(), 1, ApplicationStatus.RECOMMENDED);
        FormalReview first = reviews.decide(decision, IntakeFixtures.officer("officer-e"));

        assertThatThrownBy(() -> reviews.decide(decision, IntakeFixtures.officer("officer-e")))
                .isInstanceOfSatisfying(StaleDecisionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(ApplicationStatus.FORMAL_PASSED);
                    assertThat(e.currentVersionNo()).isEqualTo(1);
                    assertThat(e.latest()).contains(first);
                });
        assertThat(reviews.reviewsOf(filed.id())).containsExactly(first);
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", filed.id())).hasSize(1);
    }

    @Test
    void twoOfficersDecidingAtTheSameMomentRecordExactlyOneDecision() throws Exception {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-并发");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (FormalDecision decision : List.of(pass(filed.id(), 1, ApplicationStatus.RECOMMENDED),
                    fail(filed.id(), 1, ApplicationStatus.RECOMMENDED, null, "DUPLICATE"))) {
                Callable<Object> task = () -> {
                    start.await();
                    try {
                        return reviews.decide(decision, IntakeFixtures.officer("officer-" + decision.outcome()));
                    } catch (StaleDecisionException e) {
                        return e;
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(FormalReview.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(StaleDecisionException.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        List<FormalReview> recorded = reviews.reviewsOf(filed.id());
        assertThat(recorded).hasSize(1);
        ApplicationSummary app = applications.find(filed.id(), ApplicationScope.ALL).orElseThrow();
        assertThat(app.status()).isEqualTo(recorded.get(0).outcome().transition().to());
        assertThat(applications.history(filed.id(), ApplicationScope.ALL))
                .filteredOn(h -> ApplicationStatusGroup.WITH_PROVINCE.contains(h.to())
                        && h.to() != ApplicationStatus.RECOMMENDED).hasSize(1);
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", filed.id())).hasSize(1);
    }

    @Test
    void applicationsNotWithTheProvinceCannotBeDecided() {
        Filed submitted = world.submitted(call.id(), "420100", "智能工厂项目-未推荐");
        Filed returned = world.submitted(call.id(), "420100", "智能工厂项目-退回");
        Deciding.decide(applications, returned.id(), ApplicationTransition.RETURN, "请补充材料", null, "recommender");
        Filed draft = new Filed(applications.create(call.id(), world.filing.enterprise("420100").id(), "someone").id(),
                null, null);

        for (Filed f : List.of(submitted, returned, draft)) {
            assertThatThrownBy(() -> reviews.decide(pass(f.id(), 1, ApplicationStatus.RECOMMENDED), IntakeFixtures.officer("officer")))
                    .isInstanceOf(NotWithProvinceException.class);
            assertThat(queue.withProvince(f.id())).isEmpty();
        }
        assertThatThrownBy(() -> reviews.decide(pass(Long.MAX_VALUE, 1, ApplicationStatus.RECOMMENDED), IntakeFixtures.officer("officer")))
                .isInstanceOf(NotWithProvinceException.class);
    }

    @Test
    void aRequestedCorrectionIsNotAwaitingReview() {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-待补正");
        reviews.decide(correction(filed.id(), 1, ApplicationStatus.RECOMMENDED, "补充", IntakeFixtures.DEFAULT_DUE_DATE,
                "INCOMPLETE"), IntakeFixtures.officer("officer"));
        assertThatThrownBy(() -> reviews.decide(pass(filed.id(), 1, ApplicationStatus.CORRECTION_REQUESTED),
                IntakeFixtures.officer("officer"))).isInstanceOfSatisfying(FormalReviewRefusedException.class, e -> assertThat(e.code())
                .isEqualTo("intake.decide.correction-pending"));
        assertThat(reviews.reviewsOf(filed.id())).hasSize(1);
    }

    @Test
    void theCorrectionLoopEndToEndThroughTheServices() {
        Filed filed = world.recommended(call.id(), "420600", "智能工厂项目-补正循环");
        long id = filed.id();
        FormalReview first = reviews.decide(correction(id, 1, ApplicationStatus.RECOMMENDED, "请补充信用报告。",
                IntakeFixtures.DEFAULT_DUE_DATE, "POOR_CREDIT"), IntakeFixtures.officer("officer-f"));

        // the enterprise may edit again, and corrects the overview
        clock.advance(Duration.ofDays(2));
        Filing.save(applications, id, filed.scope(), SectionKey.OVERVIEW,
                new SectionContent.Narrative("企业概述（已补正信用情况）。"), filed.applicant());
        var resubmitted = applications.submit(id, filed.scope(), "correction-" + id, filed.applicant());
        assertThat(resubmitted.versionNumber()).isEqualTo(2);
        assertThat(resubmitted.application().status()).isEqualTo(ApplicationStatus.CORRECTED);

        IntakeQueue.QueueEntry entry = queue.queue(call.id(), IntakeQueue.QueueFilter.ALL).entries().stream()
                .filter(e -> e.applicationId() == id).findFirst().orElseThrow();
        assertThat(entry.awaitingReview()).isTrue();
        assertThat(entry.reReview()).isTrue();
        assertThat(entry.lastVersionNo()).isEqualTo(2);
        assertThat(entry.latestReview()).isEqualTo(first);
        assertThat(applications.compare(id, 1, 2, ApplicationScope.ALL).changes())
                .extracting(cn.gov.hubei.jxt.pilot.application.FieldDifference::path,
                        cn.gov.hubei.jxt.pilot.application.FieldDifference::left,
                        cn.gov.hubei.jxt.pilot.application.FieldDifference::right)
                .contains(tuple("sections.overview.text", "企业概述。", "企业概述（已补正信用情况）。"));

        // a re-review decided on the old version is stale
        assertThatThrownBy(() -> reviews.decide(pass(id, 1, ApplicationStatus.CORRECTION_REQUESTED), IntakeFixtures.officer("officer-f")))
                .isInstanceOf(StaleDecisionException.class);
        FormalReview second = reviews.decide(pass(id, 2, ApplicationStatus.CORRECTED), IntakeFixtures.officer("officer-g"));
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(reviews.reviewsOf(id)).extracting(FormalReview::versionNo, FormalReview::outcome)
                .containsExactly(tuple(1, FormalReviewOutcome.REQUEST_CORRECTION), tuple(2, FormalReviewOutcome.PASS));
        assertThat(applications.history(id, ApplicationScope.ALL)).extracting(StatusChange::transition)
                .containsExactly("submit", "recommend", "request-correction", "submit-correction", "pass-formal");
    }

    @Test
    void aCorrectionAfterItsDeadlineIsRefusedAndShowsAsOverdue() {
        Filed filed = world.recommended(call.id(), "420100", "智能工厂项目-逾期");
        reviews.decide(correction(filed.id(), 1, ApplicationStatus.RECOMMENDED, "请补充", IntakeFixtures.DEFAULT_DUE_DATE,
                "INCOMPLETE"), IntakeFixtures.officer("officer"));
        clock.set(LocalDateTime.of(2026, 5, 9, 0, 0, 0));
        assertThatThrownBy(() -> applications.submit(filed.id(), filed.scope(), "late-" + filed.id(),
                filed.applicant())).isInstanceOfSatisfying(ApplicationActionRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("application.submit.correction-deadline-passed"));
        IntakeQueue.QueueEntry entry = queue.queue(call.id(), IntakeQueue.QueueFilter.ALL).entries().stream()
                .filter(e -> e.applicationId() == filed.id()).findFirst().orElseThrow();
        assertThat(entry.overdue()).isTrue();
        assertThat(entry.correctionDeadline()).isEqualTo(END_OF_MAY_8);
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
    }

    private void assertProblems(FormalDecision decision, org.assertj.core.groups.Tuple... expected) {
        assertThat(reviews.check(decision)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(expected);
        assertThatThrownBy(() -> reviews.decide(decision, IntakeFixtures.officer("officer")))
                .isInstanceOfSatisfying(DecisionRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(expected));
    }
}
