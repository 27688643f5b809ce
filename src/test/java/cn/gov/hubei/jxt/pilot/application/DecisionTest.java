package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.DatabaseInvariants;
import cn.gov.hubei.jxt.pilot.SuspendsInvariants;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recommender's and the officer's transitions through {@link ProjectApplications#decide}, and the 补正 loop. */
@ApplicationIntegrationTest
@SuspendsInvariants(value = {DatabaseInvariants.WITH_PROVINCE_ON_LIST, DatabaseInvariants.REVIEWED_STATUS_HAS_FORMAL_REVIEW},
        because = "takes recommenders' and officers' decisions with ProjectApplications.decide, below the modules that"
                + " keep the list and the formal review")
class DecisionTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired ApplicationEvents events;
    @Autowired Inbox inbox;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Filing filing;
    CallSummary call;
    Filing.Submitted submitted;
    ApplicationScope scope;
    long id;

    @BeforeEach
    void aSubmittedApplication() {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(null);
        submitted = filing.submitted(applications, call.id(), "420500", "智能产线项目");
        scope = ApplicationScope.enterprise(submitted.enterprise().id());
        id = submitted.applicationId();
    }

    @Test
    void aRecommendedApplicationGoesThroughACorrectionAndPassesTheFormalReview() {
        ApplicationSummary recommended = Deciding.decide(applications, id, ApplicationTransition.RECOMMEND, null, null, "yc");
        assertThat(recommended.status()).isEqualTo(ApplicationStatus.RECOMMENDED);
        // filing closes: the correction is submitted all the same, before its own deadline
        clock.advance(Duration.ofDays(70));
        Instant deadline = clock.instant().plus(Duration.ofDays(7));
        ApplicationSummary asked = Deciding.decide(applications, id, ApplicationTransition.REQUEST_CORRECTION,
                "【材料不全】请补充信用查询结果。", deadline, "officer-a");
        assertThat(asked.status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
        assertThat(asked.returnDeadline()).isEqualTo(deadline);
        assertThat(asked.statusReason()).isEqualTo("【材料不全】请补充信用查询结果。");

        // editable again by the enterprise: the correction becomes version 2
        Filing.save(applications, id, scope, SectionKey.OVERVIEW, Filing.narrative("补正后的概述。"),
                submitted.applicant());
        SubmissionResult corrected = applications.submit(id, scope, "correction-1", submitted.applicant());
        assertThat(corrected.versionNumber()).isEqualTo(2);
        assertThat(corrected.application().status()).isEqualTo(ApplicationStatus.CORRECTED);
        assertThat(corrected.application().returnDeadline()).isNull();

        ApplicationSummary passed = Deciding.decide(applications, id, ApplicationTransition.PASS_FORMAL, null, null,
                "officer-a");
        assertThat(passed.status()).isEqualTo(ApplicationStatus.FORMAL_PASSED);
        assertThat(applications.history(id, scope)).extracting(StatusChange::transition)
                .containsExactly("submit", "recommend", "request-correction", "submit-correction", "pass-formal");
        assertThat(events.stream(ApplicationStatusChanged.class).filter(e -> e.applicationId() == id)
                .map(ApplicationStatusChanged::to)).containsExactly(ApplicationStatus.SUBMITTED,
                ApplicationStatus.RECOMMENDED, ApplicationStatus.CORRECTION_REQUESTED, ApplicationStatus.CORRECTED,
                ApplicationStatus.FORMAL_PASSED);
        assertThat(new AuditEntries(jdbc).forTarget("application", id)).extracting(e -> e.action())
                .contains("application.request-correction", "application.submit-correction",
                        "application.pass-formal");
    }

    @Test
    void aCorrectionRequestNeedsAReasonAndAFutureDeadlineAndACorrectionIsRefusedAfterIt() {
        Deciding.decide(applications, id, ApplicationTransition.RECOMMEND, null, null, "yc");
        Instant later = clock.instant().plus(Duration.ofDays(3));
        assertThatThrownBy(() -> Deciding.decide(applications, id, ApplicationTransition.REQUEST_CORRECTION, "请补充", null,
                "officer-a")).isInstanceOf(ApplicationActionRefusedException.class)
                .extracting(e -> ((ApplicationActionRefusedException) e).code()).isEqualTo("application.decide.deadline-missing");
        assertThatThrownBy(() -> Deciding.decide(applications, id, ApplicationTransition.REQUEST_CORRECTION, "请补充",
                clock.instant().minusSeconds(1), "officer-a")).isInstanceOf(ApplicationActionRefusedException.class)
                .extracting(e -> ((ApplicationActionRefusedException) e).code()).isEqualTo("application.decide.deadline-past");
        assertThatThrownBy(() -> Deciding.decide(applications, id, ApplicationTransition.REQUEST_CORRECTION, " ", later,
                "officer-a")).isInstanceOf(ApplicationActionRefusedException.class)
                .extracting(e -> ((ApplicationActionRefusedException) e).code()).isEqualTo("application.transition.reason-missing");
        assertThat(applications.find(id, scope).orElseThrow().status()).isEqualTo(ApplicationStatus.RECOMMENDED);

        Deciding.decide(applications, id, ApplicationTransition.REQUEST_CORRECTION, "请补充", later, "officer-a");
        clock.advance(Duration.ofDays(3));
        assertThatThrownBy(() -> applications.submit(id, scope, "late-correction", submitted.applicant()))
                .isInstanceOf(ApplicationActionRefusedException.class)
                .extracting(e -> ((ApplicationActionRefusedException) e).code()).isEqualTo("application.submit.correction-deadline-passed");
    }

    @Test
    void theApplicantIsToldOfEachDecisionAndTheRecommenderOfEachSubmissionInTheInboxAndByMail() {
        String recommender = filing.account(cn.gov.hubei.jxt.pilot.identity.Role.RECOMMENDER, null, "420500");
        Instant deadline = java.time.LocalDateTime.of(2031, 3, 20, 17, 0).atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "请补充项目投资明细。", deadline, recommender);

        List<InboxEntry> applicantInbox = inbox.list(submitted.applicant(), false, 10, 0);
        assertThat(applicantInbox).hasSize(1);
        InboxEntry returned = applicantInbox.get(0);
        assertThat(returned.kind()).isEqualTo("application.return");
        assertThat(returned.subject()).isEqualTo("申报书被退回修改：智能产线项目");
        assertThat(returned.body()).isEqualTo("您单位的申报书《智能产线项目》（" + call.title() + "）被宜昌市退回修改。\n"
                + "退回原因：请补充项目投资明细。\n重新提交期限：2031-03-20 17:00\n请登录系统修改后重新提交。");
        assertThat(returned.link()).isEqualTo("/applications/" + id);

        Filing.save(applications, id, scope, SectionKey.OVERVIEW, Filing.narrative("补充投资明细后的概述。"),
                submitted.applicant());
        applications.submit(id, scope, "again", submitted.applicant());
        assertThat(inbox.list(recommender, false, 10, 0)).extracting(InboxEntry::subject)
                .containsExactly("重新提交的申报书：智能产线项目（第2版）");

        // a colleague with an e-mail address is told by mail as well, through the outbox
        String email = "colleague-" + id + "@example.cn";
        users.create(new cn.gov.hubei.jxt.pilot.identity.NewAccount("colleague-" + id, "同事", email, null,
                java.util.Set.of(cn.gov.hubei.jxt.pilot.identity.Role.APPLICANT), submitted.enterprise().id(), null),
                Filing.PASSWORD, false);
        Deciding.decide(applications, id, ApplicationTransition.RECOMMEND, null, null, recommender);
        assertThat(inbox.list(submitted.applicant(), true, 10, 0)).extracting(InboxEntry::subject)
                .containsExactly("申报书已获推荐：智能产线项目", "申报书被退回修改：智能产线项目");
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = :r").param("r", email)
                .query(String.class).list()).containsExactly("申报书已获推荐：智能产线项目");
    }

    @Test
    void theTableRefusesDecisionsFromTheWrongStatus() throws Exception {
        assertThatThrownBy(() -> Deciding.decide(applications, id, ApplicationTransition.PASS_FORMAL, null, null, "officer"))
                .isInstanceOf(ApplicationActionRefusedException.class)
                .extracting(e -> ((ApplicationActionRefusedException) e).code())
                .isEqualTo("application.transition.refused");
        Deciding.decide(applications, id, ApplicationTransition.DECLINE, "不符合推荐条件", null, "yc");
        assertThat(applications.find(id, scope).orElseThrow().statusReason()).isEqualTo("不符合推荐条件");
        assertThatThrownBy(() -> applications.withdraw(id, scope, "撤回", submitted.applicant()))
                .isInstanceOf(ApplicationActionRefusedException.class);
        ApplicationSummary back = Deciding.decide(applications, id, ApplicationTransition.RECONSIDER, "重新审核", null, "yc");
        assertThat(back.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        // the enterprise reads why on its overview
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/applications/" + id)
                        .cookie(filing.login(submitted.applicant())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("推荐单位撤销了此前的推荐决定，申报书重新进入审核。说明：重新审核")));
        assertThatThrownBy(() -> Deciding.decide(applications, id, ApplicationTransition.SUBMIT, null, null, "yc"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
