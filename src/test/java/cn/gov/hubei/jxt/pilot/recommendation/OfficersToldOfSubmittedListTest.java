package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.notification.Inbox;
import cn.gov.hubei.jxt.pilot.notification.InboxEntry;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** When a division submits its list to the province, every officer is told: an inbox notice and a mail. */
@ApplicationIntegrationTest
class OfficersToldOfSubmittedListTest {

    static final String YICHANG = "420500";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired Inbox inbox;
    @Autowired JdbcClient jdbc;

    String officer(String email) {
        String username = "officer-" + ThreadLocalRandom.current().nextInt(100_000_000);
        users.create(new NewAccount(username, "处室 " + username, email, null, Set.of(Role.OFFICER), null, null),
                Filing.PASSWORD, false);
        return username;
    }

    List<InboxEntry> submittedNotices(String username) {
        return inbox.list(username, false, 50, 0).stream().filter(e -> e.kind().equals("recommendation.submitted"))
                .toList();
    }

    @Test
    void everyOfficerIsToldInTheInboxAndByMailWhenADivisionSubmitsItsList() {
        Recommending fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        CallSummary call = fixture.call(5);
        String recommender = fixture.recommender(YICHANG);
        long first = fixture.plain(call, YICHANG, "磷化工智能工厂").applicationId();
        long second = fixture.plain(call, YICHANG, "水电装备数字化车间").applicationId();
        fixture.recommend(first, YICHANG, recommender);
        fixture.recommend(second, YICHANG, recommender);
        String mailOf = "chu-" + ThreadLocalRandom.current().nextInt(100_000_000) + "@jxt.example.cn";
        String withMail = officer(mailOf);
        String withoutMail = officer(null);
        String otherDivisionRecommender = fixture.recommender("420100");

        service.submit(call.id(), YICHANG, "list-" + call.id(), "盖章.pdf", new ByteArrayInputStream(Filing.PDF),
                recommender);

        String subject = "宜昌市已报送" + call.title() + "推荐名单";
        for (String officer : List.of(withMail, withoutMail)) {
            List<InboxEntry> notices = submittedNotices(officer);
            assertThat(notices).hasSize(1);
            assertThat(notices.get(0).subject()).isEqualTo(subject);
            assertThat(notices.get(0).body()).isEqualTo("宜昌市经信局于2031-03-10 10:00报送了" + call.title()
                    + "的推荐名单（第1次报送），推荐项目2项（名额5项）。请在“推荐受理”中查看汇总表并开始形式审查。");
            assertThat(notices.get(0).link()).isEqualTo("/recommendation/lists/420500?call=" + call.id());
        }
        assertThat(submittedNotices(recommender)).isEmpty();
        assertThat(submittedNotices(otherDivisionRecommender)).isEmpty();
        assertThat(jdbc.sql("select subject from mail_outbox where recipient = :r").param("r", mailOf)
                .query(String.class).list()).containsExactly(subject);
    }
}
