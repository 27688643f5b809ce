package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.StatusChange;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.Filed;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.gov.hubei.jxt.pilot.Timestamps.sameInstant;
import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.correction;
import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.fail;
import static cn.gov.hubei.jxt.pilot.intake.IntakeFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A requested correction (待补正) the enterprise never submits: nothing can be decided while its deadline runs; once
 * it has passed, the officer may fail the application — and only fail it — through the service, the review page and
 * the API, recorded once like every formal review.
 *
 * <p>Each test asks application version 1 for a correction due on 2026-05-08 (ends 23:59:59 Asia/Shanghai) on
 * 2026-04-28 10:00, then moves the clock.
 */
@ApplicationIntegrationTest
class OverdueCorrectionTest {

    static final LocalDateTime AFTER_DEADLINE = LocalDateTime.of(2026, 5, 9, 9, 0);
    static final String TEXT = "逾期未提交补正材料。";
    static final String REASON = "【材料不全】逾期未提交补正材料。";
    static final String PENDING = "补正期限为2026-05-08 23:59，尚未届满，企业仍可提交补正材料；期限届满前不能作出形式审查结论。";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired IntakeQueue queue;
    @Autowired Inbox inbox;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    IntakeFixtures world;
    CallSummary call;
    String officer;
    Cookie session;

    @BeforeEach
    void anOfficerAndACall() throws Exception {
        world = new IntakeFixtures(mvc, calls, enterprises, users, clock, applications, recommendations);
        call = world.openCall();
        officer = world.officer();
        session = world.login(officer);
    }

    // --- the service -------------------------------------------------------------------------------------------

    @Test
    void whileTheDeadlineRunsNothingCanBeDecidedAndNothingIsRecorded() {
        Filed filed = correctionRequested("智能工厂项目-期限内");
        long id = filed.id();
        clock.set(LocalDateTime.of(2026, 5, 8, 23, 59, 58));
        ApplicationSummary app = applications.find(id, ApplicationScope.ALL).orElseThrow();
        assertThat(reviews.correctionOverdue(app)).isFalse();
        assertThat(reviews.allowedOutcomes(app)).isEmpty();

        for (FormalDecision decision : List.of(fail(id, 1, ApplicationStatus.CORRECTION_REQUESTED, TEXT, "INCOMPLETE"),
                pass(id, 1, ApplicationStatus.CORRECTION_REQUESTED))) {
            assertThatThrownBy(() -> reviews.decide(decision, IntakeFixtures.officer(officer)))
                    .isInstanceOfSatisfying(FormalReviewRefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo("intake.decide.correction-pending");
                        assertThat(e.getArguments()).containsExactly("2026-05-08 23:59");
                    });
        }
        assertThat(reviews.reviewsOf(id)).extracting(FormalReview::outcome)
                .containsExactly(FormalReviewOutcome.REQUEST_CORRECTION);
        assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", id)).hasSize(1);
        assertThat(new AuditEntries(jdbc).withAction("application.fail-formal", "application", id)).isEmpty();
    }

    @Test
    void theDeadlinesLastSecondEndsTheEnterprisesCorrectionAndOpensTheFailureAtOnce() {
        Filed filed = correctionRequested("智能工厂项目-期限届满时");
        clock.set(LocalDateTime.of(2026, 5, 8, 23, 59, 59));
        assertThatThrownBy(() -> applications.submit(filed.id(), filed.scope(), "at-deadline-" + filed.id(),
                filed.applicant())).isInstanceOfSatisfying(ApplicationActionRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("application.submit.correction-deadline-passed"));
        ApplicationSummary app = applications.find(filed.id(), ApplicationScope.ALL).orElseThrow();
        assertThat(reviews.correctionOverdue(app)).isTrue();
        assertThat(reviews.allowedOutcomes(app)).containsExactly(FormalReviewOutcome.FAIL);
        assertThat(reviews.decide(fail(filed.id(), 1, ApplicationStatus.CORRECTION_REQUESTED, TEXT, "INCOMPLETE"),
                IntakeFixtures.officer(officer)).overdueCorrection()).isTrue();
    }

    @Test
    void afterTheDeadlineTheOfficerFailsItAsAnyFormalReviewAndTheEnterpriseIsTold() {
        Filed filed = correctionRequested("智能工厂项目-逾期不通过");
        long id = filed.id();
        FormalReview request = reviews.latest(id).orElseThrow();
        clock.set(AFTER_DEADLINE);

        FormalReview failure = reviews.decide(fail(id, 1, ApplicationStatus.CORRECTION_REQUESTED,
                "  " + TEXT + " ", "INCOMPLETE"), IntakeFixtures.officer("officer-overdue"));

        Instant at = AFTER_DEADLINE.atZone(MutableClock.SHANGHAI).toInstant();
        assertThat(failure).extracting(FormalReview::versionNo, FormalReview::outcome, FormalReview::overdueCorrection,
                        FormalReview::reasons, FormalReview::text, FormalReview::deadline, FormalReview::officer,
                        FormalReview::decidedAt, FormalReview::reason)
                .containsExactly(1, FormalReviewOutcome.FAIL, true, List.of(FormalReviewReason.INCOMPLETE), TEXT, null,
                        "officer-overdue", at, REASON);
        assertThat(reviews.reviewsOf(id)).containsExactly(request, failure);
        assertThat(request.overdueCorrection()).isFalse();

        ApplicationSummary app = applications.find(id, filed.scope()).orElseThrow();
        assertThat(app).extracting(ApplicationSummary::status, ApplicationSummary::statusReason,
                        ApplicationSummary::returnDeadline, ApplicationSummary::lastVersionNo)
                .containsExactly(ApplicationStatus.FORMAL_FAILED, REASON, null, 1);
        List<StatusChange> history = applications.history(id, ApplicationScope.ALL);
        assertThat(history.get(history.size() - 1)).extracting(StatusChange::transition, StatusChange::from,
                        StatusChange::to, StatusChange::actor, StatusChange::reason)
                .containsExactly("fail-formal", ApplicationStatus.CORRECTION_REQUESTED, ApplicationStatus.FORMAL_FAILED,
                        "officer-overdue", REASON);

        List<AuditEntries.Entry> audit = new AuditEntries(jdbc).withAction("intake.formal-review", "application", id);
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1).actor()).isEqualTo("officer-overdue");
        assertThat(audit.get(1).details()).containsEntry("reviewId", (int) failure.id())
                .containsEntry("outcome", "FAIL").containsEntry("reasons", List.of("INCOMPLETE"))
                .containsEntry("versionNo", 1).containsEntry("deadline", null)
                .containsEntry("overdueCorrection", true);
        assertThat(audit.get(0).details()).containsEntry("overdueCorrection", false);
        assertThat(new AuditEntries(jdbc).withAction("application.fail-formal", "application", id)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("from", "CORRECTION_REQUESTED")
                        .containsEntry("to", "FORMAL_FAILED").containsEntry("reason", REASON));
        assertThat(events.stream(FormalReviewDecided.class).filter(e -> e.reviewId() == failure.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(FormalReviewOutcome.FAIL);
                    assertThat(e.versionNo()).isEqualTo(1);
                    assertThat(e.reasons()).containsExactly(FormalReviewReason.INCOMPLETE);
                    assertThat(e.deadline()).isNull();
                    assertThat(e.officer()).isEqualTo("officer-overdue");
                    assertThat(e.decidedAt()).isEqualTo(at);
                });

        List<InboxEntry> told = inbox.list(filed.applicant(), false, 10, 0);
        assertThat(told).extracting(InboxEntry::kind).containsExactly("application.fail-formal",
                "application.request-correction", "application.recommend");
        assertThat(told.get(0).subject()).isEqualTo("申报书未通过形式审查：智能工厂项目-逾期不通过");
        assertThat(told.get(0).body()).contains("原因：" + REASON);
        assertThat(queue.queue(call.id(), IntakeQueue.QueueFilter.ALL).entries().stream()
                .filter(e -> e.applicationId() == id).findFirst().orElseThrow())
                .extracting(IntakeQueue.QueueEntry::status, IntakeQueue.QueueEntry::overdue,
                        IntakeQueue.QueueEntry::latestReview)
                .containsExactly(ApplicationStatus.FORMAL_FAILED, false, failure);
    }

    @Test
    void aPassOrANewCorrectionRequestStaysImpossibleAfterTheDeadline() {
        Filed filed = correctionRequested("智能工厂项目-逾期只能不通过");
        long id = filed.id();
        clock.set(AFTER_DEADLINE);
        for (FormalDecision decision : List.of(pass(id, 1, ApplicationStatus.CORRECTION_REQUESTED),
                correction(id, 1, ApplicationStatus.CORRECTION_REQUESTED, "再给一次机会", AFTER_DEADLINE.toLocalDate()
                        .plusDays(5), "INCOMPLETE"))) {
            assertThatThrownBy(() -> reviews.decide(decision, IntakeFixtures.officer(officer)))
                    .isInstanceOfSatisfying(FormalReviewRefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo("intake.decide.overdue-fail-only");
                        assertThat(e.getArguments()).containsExactly("2026-05-08 23:59");
                    });
        }
        // a failure follows the rules of any failure: at least one reason code, a text with 其他
        assertThatThrownBy(() -> reviews.decide(fail(id, 1, ApplicationStatus.CORRECTION_REQUESTED, " ", "OTHER"),
                IntakeFixtures.officer(officer))).isInstanceOfSatisfying(DecisionRejectedException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("text", "intake.validation.text.required-for-other")));
        assertThat(reviews.reviewsOf(id)).hasSize(1);
        assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
    }

    @Test
    void theSameFailurePostedTwiceIsRecordedOnce() {
        Filed filed = correctionRequested("智能工厂项目-逾期重复");
        clock.set(AFTER_DEADLINE);
        FormalDecision decision = fail(filed.id(), 1, ApplicationStatus.CORRECTION_REQUESTED, TEXT, "INCOMPLETE");
        FormalReview first = reviews.decide(decision, IntakeFixtures.officer(officer));

        assertThatThrownBy(() -> reviews.decide(decision, IntakeFixtures.officer(officer)))
                .isInstanceOfSatisfying(StaleDecisionException.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(ApplicationStatus.FORMAL_FAILED);
                    assertThat(e.currentVersionNo()).isEqualTo(1);
                    assertThat(e.latest()).contains(first);
                });
        assertThat(reviews.reviewsOf(filed.id())).hasSize(2).last().isEqualTo(first);
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", filed.id())).hasSize(2);
    }

    @Test
    void twoOfficersFailingTheSameOverdueCorrectionAtOnceRecordOneFailure() throws Exception {
        Filed filed = correctionRequested("智能工厂项目-逾期并发");
        clock.set(AFTER_DEADLINE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (String reason : List.of("INCOMPLETE", "INELIGIBLE")) {
                Callable<Object> task = () -> {
                    start.await();
                    try {
                        return reviews.decide(fail(filed.id(), 1, ApplicationStatus.CORRECTION_REQUESTED, TEXT, reason),
                                IntakeFixtures.officer("officer-" + reason));
                    } catch (StaleDecisionException e) {
                        return e;
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Object> f : results) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).filteredOn(FormalReview.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(StaleDecisionException.class::isInstance).hasSize(1);
        assertThat(reviews.reviewsOf(filed.id())).extracting(FormalReview::outcome, FormalReview::overdueCorrection)
                .containsExactly(tuple(FormalReviewOutcome.REQUEST_CORRECTION, false),
                        tuple(FormalReviewOutcome.FAIL, true));
        assertThat(applications.history(filed.id(), ApplicationScope.ALL)).extracting(StatusChange::transition)
                .containsExactly("submit", "recommend", "request-correction", "fail-formal");
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", filed.id())).hasSize(2);
    }

    @Test
    void theTableTakesOneReviewAndOneOverdueFailurePerVersionAndNoMore() {
        Filed filed = correctionRequested("智能工厂项目-唯一约束");
        clock.set(AFTER_DEADLINE);
        reviews.decide(fail(filed.id(), 1, ApplicationStatus.CORRECTION_REQUESTED, TEXT, "INCOMPLETE"), IntakeFixtures.officer(officer));

        // a second review of the version, whatever its outcome, and a second overdue failure collide in the database
        assertThatThrownBy(() -> insertReview(filed.id(), "PASS", false)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> insertReview(filed.id(), "FAIL", false)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> insertReview(filed.id(), "FAIL", true)).isInstanceOf(DuplicateKeyException.class);
        // only a failure closes an overdue correction
        Filed other = world.recommended(call.id(), "420100", "智能工厂项目-唯一约束-2");
        assertThatThrownBy(() -> insertReview(other.id(), "PASS", true))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("formal_review_overdue_fail_ck");
        assertThat(reviews.reviewsOf(filed.id())).hasSize(2);
        assertThat(reviews.reviewsOf(other.id())).isEmpty();
    }

    // --- the review page and the queue ---------------------------------------------------------------------------

    @Test
    void beforeTheDeadlineThePageShowsTheDeadlineAndNoFormAndAPostIsRefused() throws Exception {
        Filed filed = correctionRequested("数字化车间-期限内");
        clock.set(LocalDateTime.of(2026, 5, 8, 18, 0));
        String page = page("/intake/applications/" + filed.id());
        assertThat(page).contains("id=\"correction-deadline\">2026-05-08 23:59<",
                        "企业正在补正，补正期限为2026-05-08 23:59。企业提交补正材料后，申报书回到待审查（复审）；期限届满仍未提交的，可在此作出“不通过”结论。")
                .doesNotContain("name=\"reviewedVersionNo\"", "逾期未补正的处理", "已逾期");
        assertThat(queueRowOf(filed.id())).contains(">查看<").doesNotContain(">处理<");

        MvcResult refused = mvc.perform(post("/intake/applications/" + filed.id() + "/decision").cookie(session)
                        .with(csrf()).param("outcome", "FAIL").param("reasons", "INCOMPLETE").param("text", TEXT)
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "CORRECTION_REQUESTED"))
                .andExpect(redirectedUrl("/intake/applications/" + filed.id())).andReturn();
        assertThat(refused.getFlashMap().get("error")).isEqualTo(PENDING);
        assertThat(reviews.reviewsOf(filed.id())).hasSize(1);
        assertThat(applications.find(filed.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
    }

    @Test
    void afterTheDeadlineThePageOffersOnlyAFailureAndRecordsItOnce() throws Exception {
        Filed filed = correctionRequested("数字化车间-逾期");
        long id = filed.id();
        clock.set(AFTER_DEADLINE);
        assertThat(queueRowOf(id)).contains("href=\"/intake/applications/" + id + "\">处理<", "data-overdue");

        String page = page("/intake/applications/" + id);
        assertThat(page).contains("逾期未补正的处理",
                        "第1版的补正期限已于2026-05-08 23:59届满，企业未提交补正材料，也不能再提交。只能作出“不通过”结论：请选择问题类型并写明原因，企业将收到通知。",
                        "结论：不通过", "type=\"hidden\" name=\"outcome\" value=\"FAIL\"",
                        "name=\"reviewedVersionNo\" value=\"1\"", "name=\"reviewedStatus\" value=\"CORRECTION_REQUESTED\"",
                        "id=\"reason-INCOMPLETE\"", "id=\"reason-OTHER\"", ">" + TEXT + "</textarea>",
                        "写明不通过的原因，如“逾期未提交补正材料”。")
                .doesNotContain("id=\"outcome-PASS\"", "id=\"outcome-REQUEST_CORRECTION\"", "id=\"deadline\"",
                        "补正期限（当天24时前）");

        // a broken rule is shown beside its field, and the form stays the overdue one
        String invalid = mvc.perform(post("/intake/applications/" + id + "/decision").cookie(session).with(csrf())
                        .param("outcome", "FAIL").param("reasons", "OTHER").param("text", " ")
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "CORRECTION_REQUESTED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("id=\"text-error\">选择了“其他”，请在说明中写明具体原因。", "逾期未补正的处理")
                .doesNotContain("id=\"deadline\"");

        // a pass is refused even if posted
        MvcResult passed = mvc.perform(post("/intake/applications/" + id + "/decision").cookie(session).with(csrf())
                        .param("outcome", "PASS")
                        .param("reviewedVersionNo", "1").param("reviewedStatus", "CORRECTION_REQUESTED"))
                .andExpect(redirectedUrl("/intake/applications/" + id)).andReturn();
        assertThat(passed.getFlashMap().get("error"))
                .isEqualTo("补正期限已于2026-05-08 23:59届满，企业未提交补正材料，只能作出“不通过”结论。");

        // the failure, posted twice (a double click)
        List<MvcResult> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            posts.add(mvc.perform(post("/intake/applications/" + id + "/decision").cookie(session).with(csrf())
                            .param("outcome", "FAIL").param("reasons", "INCOMPLETE").param("text", TEXT)
                            .param("reviewedVersionNo", "1").param("reviewedStatus", "CORRECTION_REQUESTED"))
                    .andExpect(redirectedUrl("/intake/applications/" + id)).andReturn());
        }
        assertThat(posts.get(0).getFlashMap().get("success")).isEqualTo("已记录形式审查结论：第1版不通过。");
        assertThat(posts.get(1).getFlashMap().get("warning"))
                .isEqualTo("第1版的形式审查结论（不通过）已由" + officer + "于2026-05-09 09:00作出，本次提交未重复记录。");
        assertThat(reviews.reviewsOf(id)).extracting(FormalReview::outcome, FormalReview::overdueCorrection,
                        FormalReview::reason)
                .containsExactly(tuple(FormalReviewOutcome.REQUEST_CORRECTION, false, "【材料不全】补充审计报告"),
                        tuple(FormalReviewOutcome.FAIL, true, REASON));
        assertThat(applications.find(id, ApplicationScope.ALL).orElseThrow())
                .extracting(ApplicationSummary::status, ApplicationSummary::statusReason)
                .containsExactly(ApplicationStatus.FORMAL_FAILED, REASON);
        assertThat(new AuditEntries(jdbc).withAction("intake.formal-review", "application", id)).hasSize(2);
        assertThat(inbox.list(filed.applicant(), false, 10, 0)).extracting(InboxEntry::kind)
                .containsExactly("application.fail-formal", "application.request-correction", "application.recommend");

        assertThat(page("/intake/applications/" + id)).contains("不通过（逾期未补正）", TEXT,
                        "该申报书当前状态为“形式审查未通过”，不需要作出形式审查结论。")
                .doesNotContain("name=\"reviewedVersionNo\"");
        assertThat(queueRowOf(id)).contains("第1版：不通过（逾期未补正）", ">查看<");
    }

    // --- the JSON API --------------------------------------------------------------------------------------------

    @Test
    void theApiAnswers409BeforeTheDeadlineAndTakesOnlyAFailureAfterIt() throws Exception {
        Filed filed = correctionRequested("流程型智能工厂-逾期");
        long id = filed.id();
        String failure = """
                {"outcome":"FAIL","reasons":["INCOMPLETE"],"text":"逾期未提交补正材料。","reviewedVersionNo":1,
                 "reviewedStatus":"CORRECTION_REQUESTED"}""";

        mvc.perform(get("/api/v1/intake/applications/" + id + "/reviews").cookie(session))
                .andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"))
                .andExpect(jsonPath("$.awaitingReview").value(false))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.allowedOutcomes.length()").value(0));
        decide(id, failure).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("不能作出审查结论"))
                .andExpect(jsonPath("$.detail").value(PENDING));

        clock.set(AFTER_DEADLINE);
        mvc.perform(get("/api/v1/intake/applications/" + id + "/reviews").cookie(session))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.correctionDeadline").value(sameInstant("2026-05-08T15:59:59Z")))
                .andExpect(jsonPath("$.allowedOutcomes.length()").value(1))
                .andExpect(jsonPath("$.allowedOutcomes[0]").value("FAIL"));
        decide(id, """
                {"outcome":"REQUEST_CORRECTION","reasons":["INCOMPLETE"],"text":"再补一次","deadline":"2026-05-20",
                 "reviewedVersionNo":1,"reviewedStatus":"CORRECTION_REQUESTED"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("补正期限已于2026-05-08 23:59届满，企业未提交补正材料，只能作出“不通过”结论。"));

        decide(id, failure).andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("FAIL"))
                .andExpect(jsonPath("$.overdueCorrection").value(true))
                .andExpect(jsonPath("$.versionNo").value(1))
                .andExpect(jsonPath("$.reason").value(REASON))
                .andExpect(jsonPath("$.officer").value(officer));
        decide(id, failure).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("FORMAL_FAILED"))
                .andExpect(jsonPath("$.latestReview.overdueCorrection").value(true));

        mvc.perform(get("/api/v1/intake/applications/" + id + "/reviews").cookie(session))
                .andExpect(jsonPath("$.status").value("FORMAL_FAILED"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.reviews.length()").value(2))
                .andExpect(jsonPath("$.reviews[0].overdueCorrection").value(false))
                .andExpect(jsonPath("$.reviews[1].reason").value(REASON));
        assertThat(reviews.reviewsOf(id)).hasSize(2);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A recommended application whose version 1 the officer sent back for a correction due on 2026-05-08. */
    private Filed correctionRequested(String projectName) {
        Filed filed = world.recommended(call.id(), "420100", projectName);
        reviews.decide(correction(filed.id(), 1, ApplicationStatus.RECOMMENDED, "补充审计报告",
                IntakeFixtures.DEFAULT_DUE_DATE, "INCOMPLETE"), IntakeFixtures.officer(officer));
        return filed;
    }

    private void insertReview(long applicationId, String outcome, boolean overdue) {
        jdbc.sql("""
                        insert into formal_review (application_id, version_no, outcome, overdue_correction, officer,
                               decided_at)
                        values (:id, 1, :outcome, :overdue, 'sql', :at)""")
                .param("id", applicationId).param("outcome", outcome).param("overdue", overdue)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    private org.springframework.test.web.servlet.ResultActions decide(long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/intake/applications/" + id + "/decisions").cookie(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The queue row of the application, as HTML. */
    private String queueRowOf(long id) throws Exception {
        String page = page("/intake?call=" + call.id());
        int start = page.indexOf("data-application=\"" + id + "\"");
        assertThat(start).as("row of %s", id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
