package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationStatus;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.publicity.NoticeDrafts;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dynamic adjustment's show in a real browser, on projects designated through the real stages
 * ({@link MonitoringWorld}, published 15 October 2026): the office opens the 2026 round on Monday 2 November with its
 * deadline on Monday 30 November; a unit files its report on the page — a wrong number refused beside its field, then
 * the five indicators with their changes computed by direction, the element conditions, the progress — and two more
 * units file theirs; the division's recommender comments on the page; the office rates one 合格, orders one 限期整改
 * (deadline and what to fix) and removes the third (剔除 with a reason). The public portal's current list then leaves
 * the removed project out, its page and its certificate's verification page say 已撤销. On 15 October 2029, the day
 * after the stored expiry, the scheduled {@code MonitoringClockJob} records the expiry: the qualified project leaves the
 * current list, its page and certificate say 已过期. axe-core on every page; screenshots {@code monitoring-*.png} at
 * 1280 and 390 px.
 */
@BrowserTest
class MonitoringBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @Autowired ReviewMeetings meetings;
    @Autowired Proposals proposals;
    @Autowired NoticeDrafts drafts;
    @Autowired PublicNotices notices;
    @Autowired Publications publications;
    @Autowired Certificates certificates;
    @Autowired Designations designations;
    @Autowired MonitoringReports reports;
    @Autowired JdbcClient jdbc;

    @Test
    void openFileCommentRateRectifyRemoveThenThePortalAndTheClockTellTheEnd() throws Exception {
        // one round a year: the rounds other classes (and the demo) opened give way to this one
        jdbc.sql("delete from monitoring_reminder").update();
        jdbc.sql("delete from monitoring_report_file").update();
        jdbc.sql("delete from monitoring_report").update();
        jdbc.sql("delete from monitoring_round").update();
        MonitoringWorld world = new MonitoringWorld(new ReviewWorld(calls, enterprises, users, clock, applications,
                recommendations, reviews, pool, experts, meetings), clock, proposals, drafts, notices, publications,
                3);
        Map<Long, cn.gov.hubei.jxt.pilot.designation.Certificate> issued =
                certificates.issueAll(world.publicationId, MonitoringWorld.officer());
        Filing filing = world.review.filing;
        String officer = filing.account(Role.OFFICER, null, null);
        String unit = filing.account(Role.APPLICANT, world.enterpriseOf(0), null);
        String recommender = filing.account(Role.RECOMMENDER, null, world.project(0).divisionCode());
        DesignatedProject qualified = world.project(0);
        DesignatedProject rectifying = world.project(1);
        DesignatedProject removed = world.project(2);
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));

        try (Browser browser = new Browser(port)) {
            Page page = signedIn(browser.newPage(), officer);
            Page phone = signedIn(browser.newPhonePage(), officer);

            // the office opens the round: today, deadline a working day
            page.navigate("/monitoring");
            look(page, phone, "monitoring-home");
            page.locator("#year").fill("2026");
            page.locator("#opensOn").fill("2026-11-02");
            page.locator("#deadline").fill("2026-11-29");
            page.locator("#open-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#deadline-error")).hasText("截止日期须为工作日（该年度的节假日安排须已载入工作日历）。");
            page.locator("#deadline").fill("2026-11-30");
            page.locator("#open-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("2026年度报告已开启，认定有效的项目均须报送。");
            look(page, phone, "monitoring-round");
            long[] reportIds = new long[3];
            for (int i = 0; i < 3; i++) {
                List<Report> of = reports.ofDesignation(world.project(i).id(), MonitoringWorld.officer());
                assertThat(of).extracting(Report::status).containsExactly(ReportStatus.DRAFT);
                reportIds[i] = of.get(0).id();
            }

            // the unit files its report on the page: a wrong number first, refused beside its field
            clock.set(LocalDateTime.of(2026, 11, 5, 10, 0));
            page = signedIn(browser.newPage(), unit);
            phone = signedIn(browser.newPhonePage(), unit);
            page.navigate("/monitoring/reports");
            assertThat(page.locator("tr[data-report]")).hasCount(1);
            look(page, phone, "monitoring-unit-reports");
            page.locator("tr[data-report='" + reportIds[0] + "'] a").click();
            page.waitForLoadState();
            long version = reports.find(reportIds[0], world.unit(0)).orElseThrow().version();
            page.locator("#achieved-OPERATING_COST").fill("七百五十");
            page.locator("#report-form button[value=save]").click();
            page.waitForLoadState();
            assertThat(page.locator("#achieved-OPERATING_COST-error")).hasText("运营成本的实际值须为数字。");
            assertThat(page.locator("#achieved-OPERATING_COST")).hasValue("七百五十");
            assertThat(page.locator("#achieved-OPERATING_COST")).hasAttribute("aria-describedby",
                    "achieved-OPERATING_COST-error");
            assertThat(page.locator("#achieved-OPERATING_COST")).hasClass(Pattern.compile(".*is-invalid.*"));
            Browser.screenshot(page, "monitoring-report-refused");
            Browser.assertAccessible(page, "monitoring-report-refused");
            Report unchanged = reports.find(reportIds[0], world.unit(0)).orElseThrow();
            assertThat(unchanged.version()).isEqualTo(version);
            assertThat(unchanged.indicators().get(0).achieved()).isNull();

            page.locator("#achieved-OPERATING_COST").fill("750");
            page.locator("#achieved-DEVELOPMENT_CYCLE").fill("85");
            page.locator("#achieved-PRODUCTION_EFFICIENCY").fill("110");
            page.locator("#achieved-DEFECT_RATE").fill("1.2");
            page.locator("#achieved-ENERGY_UTILISATION").fill("90");
            Locator met = page.locator("input[id^='met-yes-']");
            assertThat(met.count()).isPositive();
            for (int i = 0; i < met.count(); i++) {
                String key = met.nth(i).getAttribute("id").substring("met-yes-".length());
                met.nth(i).check();
                page.locator("#evidence-" + key).fill("设备联网率92%，见附件运行记录");
            }
            page.locator("#progress").fill("二期产线已于2026年9月投产。");
            page.locator("#scenario-0").fill("基于数字孪生的产线调度");
            page.locator("#report-form button[value=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("年度报告已提交，等待推荐单位审核。");
            assertThat(page.locator("#report-status")).hasText("已提交");
            assertThat(page.locator("tr[data-indicator=OPERATING_COST]")).containsText("25%");
            assertThat(page.locator("tr[data-indicator=OPERATING_COST]")).containsText("达到目标");
            assertThat(page.locator("tr[data-indicator=PRODUCTION_EFFICIENCY]")).containsText("10%");
            assertThat(page.locator("tr[data-indicator=PRODUCTION_EFFICIENCY]")).containsText("未达目标");
            look(page, phone, "monitoring-report-submitted");

            // the two other units file theirs
            for (int i = 1; i < 3; i++) {
                Report r = reports.find(reportIds[i], world.unit(i)).orElseThrow();
                reports.save(r.id(), MonitoringTest.complete(r, "780"), r.version(), world.unit(i));
                reports.submit(r.id(), world.unit(i));
            }

            // the division's recommender comments on the page (the other division's through the service)
            clock.set(LocalDateTime.of(2026, 11, 10, 10, 0));
            page = signedIn(browser.newPage(), recommender);
            phone = signedIn(browser.newPhonePage(), recommender);
            page.navigate("/monitoring/reports");
            assertThat(page.locator("tr[data-report='" + reportIds[0] + "']")).hasCount(1);
            assertThat(page.locator("tr[data-report='" + reportIds[1] + "']")).hasCount(0);
            page.navigate("/monitoring/reports/" + reportIds[0]);
            look(page, phone, "monitoring-recommender");
            page.locator("#text-comment").fill("经现场核实，报告内容属实，要素条件保持。");
            page.locator("#decide-comment button").click();
            page.waitForLoadState();
            assertThat(page.locator("#report-status")).hasText("推荐单位已审核");
            assertThat(page.locator("#report-comment")).hasText("经现场核实，报告内容属实，要素条件保持。");
            for (int i = 1; i < 3; i++) {
                reports.decide(reportIds[i], ReportTransition.COMMENT, new Evaluation("经核实，报告内容属实。", null),
                        world.recommender(i));
            }

            // the portal lists all three while they stand (its cache is filled now)
            assertCurrent(browser, removed, true);

            // the office rates: 合格, 限期整改 with deadline and items, 剔除 with a reason
            clock.set(LocalDateTime.of(2026, 11, 16, 10, 0));
            page = signedIn(browser.newPage(), officer);
            phone = signedIn(browser.newPhonePage(), officer);
            page.navigate("/monitoring/reports/" + reportIds[0]);
            look(page, phone, "monitoring-office-report");
            page.locator("#decide-qualify button").click();
            page.waitForLoadState();
            assertThat(page.locator("#report-status")).hasText("合格");

            page.navigate("/monitoring/reports/" + reportIds[1]);
            page.locator("#text-order-rectification").fill("生产效率未达到预期目标，补充产线改造计划。");
            page.locator("#decide-order-rectification button").click();
            page.waitForLoadState();
            assertThat(page.locator("#report-status")).hasText("推荐单位已审核");
            assertThat(page.locator("#decide-order-rectification .invalid-feedback")).hasText("请填写整改期限。");
            page.locator("#rectify-deadline").fill("2026-12-15");
            page.locator("#decide-order-rectification button").click();
            page.waitForLoadState();
            assertThat(page.locator("#report-status")).hasText("限期整改");
            assertThat(page.locator("#review-heading")).isVisible();
            assertThat(page.locator("main")).containsText("生产效率未达到预期目标，补充产线改造计划。");
            look(page, phone, "monitoring-rectifying");

            page.navigate("/monitoring/reports/" + reportIds[2]);
            page.locator("#text-remove").fill("要素条件已不能保持：主要生产线停产。");
            page.locator("#decide-remove button").click();
            page.waitForLoadState();
            assertThat(page.locator("#report-status")).hasText("剔除");
            look(page, phone, "monitoring-removed");
            assertThat(designations.find(removed.id()).orElseThrow().status()).isEqualTo(DesignationStatus.REVOKED);

            // the public portal: the removed project leaves the current list, its pages say 已撤销
            Page anonymous = browser.newPage();
            Page anonymousPhone = browser.newPhonePage();
            assertCurrent(browser, qualified, true);
            assertCurrent(browser, rectifying, true);
            assertCurrent(browser, removed, false);
            anonymous.navigate("/public/projects/" + removed.id());
            assertThat(anonymous.locator("#designation-status")).hasText("已撤销");
            look(anonymous, anonymousPhone, "monitoring-portal-revoked");
            anonymous.navigate("/public/certificates/" + issued.get(removed.id()).token());
            assertThat(anonymous.locator("#verify-state")).hasAttribute("data-state", "REVOKED");
            assertThat(anonymous.locator("#verify-state")).containsText("已撤销");
            look(anonymous, anonymousPhone, "monitoring-verify-revoked");

            // the day after the stored expiry, the scheduled job records it; the portal says 已过期
            assertThat(qualified.validUntil()).isEqualTo(LocalDate.of(2029, 10, 14));
            clock.set(LocalDateTime.of(2029, 10, 15, 9, 0));
            Object job = context.getBean(Class.forName(
                    "cn.gov.hubei.jxt.pilot.monitoring.internal.MonitoringClockJob"));
            ReflectionTestUtils.invokeMethod(job, "advance");
            assertThat(new AuditEntries(jdbc).forTarget("designated_project", qualified.id()))
                    .extracting(AuditEntries.Entry::action).containsOnlyOnce("monitoring.designation-expired");
            assertCurrent(browser, qualified, false);
            anonymous.navigate("/public/projects/" + qualified.id());
            assertThat(anonymous.locator("#designation-status")).hasText("已过期");
            look(anonymous, anonymousPhone, "monitoring-portal-expired");
            anonymous.navigate("/public/certificates/" + issued.get(qualified.id()).token());
            assertThat(anonymous.locator("#verify-state")).hasAttribute("data-state", "EXPIRED");
            assertThat(anonymous.locator("#verify-state")).containsText("已过期");
            look(anonymous, anonymousPhone, "monitoring-verify-expired");
            // the removed one keeps its history on its page
            anonymous.navigate("/public/projects/" + removed.id());
            assertThat(anonymous.locator("#designation-status")).hasText("已撤销");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The page with the person signed in (its own context: its own cookies). */
    private static Page signedIn(Page page, String username) {
        page.onDialog(dialog -> dialog.accept());
        Browser.login(page, username, Filing.PASSWORD);
        return page;
    }

    /**
     * Whether the portal's current designated list shows the project, searched by its enterprise's name; in a fresh
     * context each time (the public pages may be kept by the browser for a minute: {@code Cache-Control: max-age}).
     */
    private static void assertCurrent(Browser browser, DesignatedProject project, boolean listed) {
        Page anonymous = browser.newPage();
        anonymous.navigate("/public/projects?q=" + URLEncoder.encode(project.enterpriseName(),
                StandardCharsets.UTF_8));
        assertThat(anonymous.locator("#result-count")).isVisible();
        assertThat(anonymous.locator("li[data-designation='" + project.id() + "']")).hasCount(listed ? 1 : 0);
        anonymous.context().close();
    }

    private static void look(Page page, Page phone, String name) {
        Browser.screenshot(page, name);
        Browser.assertAccessible(page, name);
        phone.navigate(page.url());
        Browser.screenshot(phone, name + "-phone");
        Browser.assertAccessible(phone, name + "-phone");
    }
}
