package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationReminders;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders before the recommenders' deadline (app.recommendation.reminder-days=3,1): each (call, division, N)
 * once, whatever the number of runs; none for a division whose list is submitted or that received nothing.
 */
@ApplicationIntegrationTest
class DeadlineRemindersTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired RecommendationReminders reminders;
    @Autowired JdbcClient jdbc;
    @Autowired cn.gov.hubei.jxt.pilot.notification.Inbox inbox;

    record Mail(String subject, String body) {
    }

    /** The reminders sent to the recommender (it is also told of each new submission, which is not counted here). */
    List<Mail> mailsTo(String username) {
        return jdbc.sql("select subject, body from mail_outbox where recipient = ? and subject like ? order by id")
                .param(username + "@jxj.example.cn").param("%推荐截止提醒")
                .query((rs, n) -> new Mail(rs.getString(1), rs.getString(2))).list();
    }

    @Test
    void eachReminderGoesOutOncePerCallDivisionAndDaysAcrossRuns() throws Exception {
        Recommending fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        CallSummary call = fixture.call(3);
        String xiangyang = fixture.recommender("420600");
        String xiangyangColleague = fixture.recommender("420600");
        String jingzhou = fixture.recommender("421000");
        String xiaogan = fixture.recommender("420900");
        fixture.plain(call, "420600", "襄阳待推荐项目"); // 襄阳 has one waiting for a decision
        var done = fixture.plain(call, "421000", "荆州已推荐项目");
        fixture.recommend(done.applicationId(), "421000", jingzhou);
        service.submit(call.id(), "421000", "jz", "scan.pdf", new ByteArrayInputStream(Filing.PDF), jingzhou);

        clock.set(Recommending.DEADLINE.minusDays(4));
        reminders.remind();
        assertThat(mailsTo(xiangyang)).isEmpty();

        clock.set(Recommending.DEADLINE.minusDays(2));
        reminders.remind();
        reminders.remind();
        assertThat(mailsTo(xiangyang)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("湖北省智能制造试点示范项目管理系统：" + call.title() + "推荐截止提醒");
            assertThat(mail.body()).startsWith("推荐人" + xiangyang + "，您好：\n\n" + call.title()
                    + "的推荐截止时间为2031-05-23 10:00，距今已不足3天，襄阳市的推荐名单尚未报送省经信厅。");
            assertThat(mail.body()).contains("本批次贵单位共收到申报书1份，已推荐0项，尚有1份待作出推荐决定。");
            assertThat(mail.body()).contains("/recommendation?call=" + call.id());
        });
        assertThat(mailsTo(xiangyangColleague)).hasSize(1);
        // and in the inbox, with the link to the workspace
        assertThat(inbox.list(xiangyang, false, 10, 0)).filteredOn(e -> e.kind().equals("recommendation.reminder"))
                .singleElement().satisfies(e -> {
                    assertThat(e.body()).isEqualTo(call.title() + "的推荐截止时间为2031-05-23 10:00，距今已不足3天，"
                            + "襄阳市的推荐名单尚未报送省经信厅。本批次共收到申报书1份，已推荐0项，尚有1份待作出推荐决定。");
                    assertThat(e.link()).isEqualTo("/recommendation?call=" + call.id());
                });
        assertThat(mailsTo(jingzhou)).as("a submitted list").isEmpty();
        assertThat(mailsTo(xiaogan)).as("a division without applications").isEmpty();

        clock.set(Recommending.DEADLINE.minusHours(12));
        reminders.remind();
        reminders.remind();
        assertThat(mailsTo(xiangyang)).hasSize(2);
        assertThat(mailsTo(xiangyang).get(1).body()).contains("距今已不足1天");

        // a restart, or a second node, finds the reminders recorded
        clock.set(Recommending.DEADLINE.minusHours(1));
        reminders.remind();
        assertThat(mailsTo(xiangyang)).hasSize(2);
        assertThat(jdbc.sql("""
                        select days_before from recommendation_reminder
                         where call_id = ? and division_code = '420600' order by days_before""")
                .param(call.id()).query(Integer.class).list()).containsExactly(1, 3);
    }

    @Test
    void whenTheJobMissedAFartherReminderOnlyTheNearestIsSent() throws Exception {
        Recommending fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        CallSummary call = fixture.call(null);
        String xianning = fixture.recommender("421200");
        fixture.plain(call, "421200", "咸宁项目");
        clock.set(Recommending.DEADLINE.minusHours(6));
        reminders.remind();
        clock.set(Recommending.DEADLINE.minusHours(5));
        reminders.remind();
        assertThat(mailsTo(xianning)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("距今已不足1天"));
    }
}
