package cn.gov.hubei.jxt.pilot;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.meeting.ReviewMeetings;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.review.Proposals;
import cn.gov.hubei.jxt.pilot.review.Proposals.ProposalLine;
import cn.gov.hubei.jxt.pilot.review.ReviewWorld;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The show, end to end in a real browser: the officer releases the proposal as a notice starting on Wednesday
 * 30 September 2026, the working day before 国庆 (its fifth working day is Monday 12 October); the public page shows it
 * to anyone; a person objects on the public form; the officer accepts and upholds the objection, taking the project off
 * the list; after the end day the scheduled {@code NoticeClockJob} closes the notice; the officer records the
 * publication on its page and issues the certificates; the certificate's verification address says 有效. The applicants
 * and recommenders of the listed projects are told at the release and at the designation, exactly once each. axe-core
 * on every page; screenshots {@code show-*.png} at 1280 and 390 px. The office's home leads to the objections awaiting
 * handling and, once the notice is closed, to the publication to record.
 */
@BrowserTest
class DesignationShowBrowserTest {

    static final Pattern QUESTION = Pattern.compile("(\\d+) 加 (\\d+)");

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
    @Autowired JdbcClient jdbc;
    @TempDir Path files;

    @Test
    void releaseObjectUpholdCloseOnTheClockPublishCertifyAndVerify() throws Exception {
        ReviewWorld world = new ReviewWorld(calls, enterprises, users, clock, applications, recommendations, reviews,
                pool, experts, meetings).drawn(2, 3);
        world.start();
        proposals.record(world.meeting.id(), List.of(new ProposalLine(world.apps.get(0).id(), true, null),
                new ProposalLine(world.apps.get(1).id(), true, null)), ReviewWorld.officer());
        ApplicationSummary kept = world.apps.get(0);      // 宜昌
        ApplicationSummary objected = world.apps.get(1);  // 武汉
        String officer = world.filing.account(Role.OFFICER, null, null);
        // an applicant with an e-mail address beside the one who filed, for each enterprise
        for (ApplicationSummary a : world.apps) {
            String username = "show-" + a.id() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
            users.create(new NewAccount(username, "展示测试", username + "@example.cn", null, Set.of(Role.APPLICANT),
                    a.enterpriseId(), null), "Show#2026xyz", false);
        }
        long inboxBefore = maxId("notification_inbox");
        long mailBefore = maxId("mail_outbox");
        clock.set(LocalDateTime.of(2026, 9, 29, 10, 0));

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            page.onDialog(dialog -> dialog.accept());
            Browser.login(page, officer, Filing.PASSWORD);
            Page phone = browser.newPhonePage();
            Browser.login(phone, officer, Filing.PASSWORD);

            // the release: the working day before 国庆, the end day after it
            page.navigate("/publicity");
            look(page, phone, "show-publicity");
            page.locator("#callId").selectOption(new SelectOption().setValue(String.valueOf(world.call.id())));
            page.locator("#startDate").fill("2026-09-30");
            page.locator("form[action='/publicity'] button[type=submit]").click();
            page.waitForLoadState();
            Matcher id = Pattern.compile("/publicity/(\\d+)$").matcher(page.url());
            assertThat(id.find()).as(page.url()).isTrue();
            long noticeId = Long.parseLong(id.group(1));
            assertThat(page.locator("main").textContent()).contains("2026-10-12");
            look(page, phone, "show-notice-draft");
            page.locator("button[data-release]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success").textContent()).contains("公示已发布");
            look(page, phone, "show-notice-released");
            assertThat(jdbc.sql("select start_date::text || ' ' || end_date::text from public_notice where id = :id")
                    .param("id", noticeId).query(String.class).single()).isEqualTo("2026-09-30 2026-10-12");

            // told at the release: each applicant and each recommender once, by inbox and by mail
            String noticeLink = "/public/notices/" + noticeId;
            for (ApplicationSummary a : world.apps) {
                for (AccountView applicant : users.holders(Role.APPLICANT, a.enterpriseId(), null)) {
                    assertThat(inbox(applicant.username(), inboxBefore)).as(applicant.username())
                            .containsExactly("publicity.listed " + noticeLink);
                    assertThat(mails(applicant.email(), mailBefore)).as(applicant.username())
                            .hasSize(applicant.email() == null ? 0 : 1);
                }
            }
            for (String division : List.of(kept.divisionCode(), objected.divisionCode())) {
                for (AccountView recommender : users.holders(Role.RECOMMENDER, null, division)) {
                    assertThat(inbox(recommender.username(), inboxBefore)).as(recommender.username())
                            .containsExactly("publicity.division " + noticeLink);
                    assertThat(mails(recommender.email(), mailBefore)).hasSize(recommender.email() == null ? 0 : 1);
                }
            }

            // the public page, logged out, on a desktop and a phone
            clock.set(LocalDateTime.of(2026, 9, 30, 10, 0));
            Page anonymous = browser.newPage();
            Page anonymousPhone = browser.newPhonePage();
            anonymous.navigate(noticeLink);
            assertThat(anonymous.locator("main")).containsText(kept.projectName());
            assertThat(anonymous.locator("main")).containsText(objected.projectName());
            look(anonymous, anonymousPhone, "show-public-notice");
            Browser.assertNoHorizontalScroll(anonymousPhone, "show-public-notice-phone");

            // a person objects on the public form
            anonymous.navigate("/public/objections/new?notice=" + noticeId);
            look(anonymous, anonymousPhone, "show-objection-form");
            anonymous.locator("#name").fill("张三");
            anonymous.locator("#idType").selectOption("RESIDENT_ID");
            anonymous.locator("#idNumber").fill("11010519491231002X");
            anonymous.locator("#telephone").fill("13812345678");
            anonymous.locator("#email").fill("show-" + System.nanoTime() + "@example.cn");
            anonymous.locator("#applicationId").selectOption(String.valueOf(objected.id()));
            anonymous.locator("#facts").fill("该项目申报的生产效率提升数据与实际不符，车间仍以人工为主。");
            anonymous.locator("#consent").check();
            Matcher q = QUESTION.matcher(anonymous.locator("label[for=answer]").textContent());
            assertThat(q.find()).isTrue();
            anonymous.locator("#answer").fill(String.valueOf(Integer.parseInt(q.group(1))
                    + Integer.parseInt(q.group(2))));
            anonymous.locator("#submit-objection").click();
            anonymous.waitForLoadState();
            assertThat(anonymous.locator("#receipt-number")).hasText(Pattern.compile("YY-2026-\\d{4}"));
            String receipt = anonymous.locator("#receipt-number").textContent().strip();
            look(anonymous, anonymousPhone, "show-objection-receipt");

            // the office's home counts it and leads to the notice's cases; it accepts and upholds it
            page.navigate("/");
            Locator onHome = page.locator("#home-notice-list li[data-notice='" + noticeId + "']");
            assertThat(onHome).hasAttribute("data-status", "OPEN");
            assertThat(onHome.locator("a.home-notice-objections")).hasText("1 件异议待处理");
            assertThat(onHome.locator("a.home-notice-publish")).hasCount(0);
            look(page, phone, "show-home-objection");
            onHome.locator("a.home-notice-objections").click();
            page.waitForLoadState();
            assertThat(page).hasURL(Pattern.compile(".*/objections\\?notice=" + noticeId + "$"));
            look(page, phone, "show-objection-cases");
            page.locator("#cases a", new Page.LocatorOptions().setHasText(receipt)).click();
            page.waitForLoadState();
            page.locator("#do-accept").click();
            page.waitForLoadState();
            assertThat(page.locator("#case-status")).hasText("已受理");
            page.locator("#uphold-reason").fill("经现场核查，项目生产效率数据与实际不符，异议成立。");
            page.locator("#uphold-removalReason").fill("经核实，项目主要指标数据与实际不符。");
            page.locator("#do-uphold").click();
            page.waitForLoadState();
            assertThat(page.locator("#case-status")).hasText("异议成立");
            assertThat(page.locator("#removed-badge")).isVisible();
            look(page, phone, "show-objection-upheld");
            anonymous.navigate(noticeLink);
            assertThat(anonymous.locator("main")).containsText(kept.projectName());
            assertThat(jdbc.sql("select listed from public_notice_entry where notice_id = :n and application_id = :a")
                    .param("n", noticeId).param("a", objected.id()).query(Boolean.class).single()).isFalse();

            // after the end day the scheduled job closes the notice (nothing else read it since)
            clock.set(LocalDateTime.of(2026, 10, 13, 9, 0));
            Object job = context.getBean(Class.forName("cn.gov.hubei.jxt.pilot.publicity.internal.NoticeClockJob"));
            ReflectionTestUtils.invokeMethod(job, "advanceNotices");
            assertThat(jdbc.sql("select status from public_notice where id = :id").param("id", noticeId)
                    .query(String.class).single()).isEqualTo("CLOSED");

            // the publication, through its page
            long designationInbox = maxId("notification_inbox");
            long designationMail = maxId("mail_outbox");
            String number = "鄂经信装备〔2026〕" + ThreadLocalRandom.current().nextInt(40000, 99999) + "号";
            Path signed = files.resolve("认定文件.pdf");
            Files.write(signed, "%PDF-1.4\n%show\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
            // the office's home: the closed notice waits for its publication
            page.navigate("/");
            Locator closed = page.locator("#home-notice-list li[data-notice='" + noticeId + "']");
            assertThat(closed).hasAttribute("data-status", "CLOSED");
            assertThat(closed.locator("a.home-notice-objections")).hasCount(0);
            look(page, phone, "show-home-publish");
            closed.locator("a.home-notice-publish").click();
            page.waitForLoadState();
            assertThat(page).hasURL(Pattern.compile(".*/designations/notices/" + noticeId + "/publish$"));
            page.locator("#documentNumber").fill(number);
            page.locator("#publishedOn").fill("2026-10-13");
            page.locator("#document").setInputFiles(signed);
            look(page, phone, "show-publish");
            page.locator("#publish-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("[role=status].alert-success")).containsText("1 个项目被认定");
            assertThat(page.locator("tr[data-designation]")).hasCount(1);
            page.locator("#issue-form button").click();
            page.waitForLoadState();
            assertThat(page.locator("[role=status].alert-success")).hasText("已制发证书，共 1 份。");
            look(page, phone, "show-certificates");
            String verify = page.locator("a.verify-link").first().getAttribute("href");
            assertThat(verify).matches("/public/certificates/[A-Za-z0-9_-]{43}");

            // done: the notice leaves the office's home
            page.navigate("/");
            assertThat(page.locator("#home-notice-list li[data-notice='" + noticeId + "']")).hasCount(0);

            // the QR code's address, opened by anyone
            anonymous.navigate(verify);
            assertThat(anonymous.locator("#verify-state")).hasAttribute("data-state", "VALID");
            assertThat(anonymous.locator("#verify-state")).containsText("有效");
            look(anonymous, anonymousPhone, "show-verify");
            Browser.assertNoHorizontalScroll(anonymousPhone, "show-verify-phone");

            // told at the designation: the kept project's applicant and recommender, once; not the removed one's
            for (AccountView applicant : users.holders(Role.APPLICANT, kept.enterpriseId(), null)) {
                assertThat(inbox(applicant.username(), designationInbox))
                        .containsExactly("designation.designated /designations/mine");
                assertThat(mails(applicant.email(), designationMail)).hasSize(applicant.email() == null ? 0 : 1);
            }
            for (AccountView recommender : users.holders(Role.RECOMMENDER, null, kept.divisionCode())) {
                assertThat(inbox(recommender.username(), designationInbox))
                        .containsExactly("designation.designated /designations/mine");
                assertThat(mails(recommender.email(), designationMail))
                        .hasSize(recommender.email() == null ? 0 : 1);
            }
            for (AccountView applicant : users.holders(Role.APPLICANT, objected.enterpriseId(), null)) {
                assertThat(inbox(applicant.username(), designationInbox)).isEmpty();
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private long maxId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private List<String> inbox(String username, long after) {
        List<String> kinds = new ArrayList<>();
        for (Map<String, Object> r : jdbc.sql("select kind, link from notification_inbox where username = :u "
                + "and id > :after order by id").param("u", username).param("after", after).query().listOfRows()) {
            kinds.add(r.get("kind") + " " + r.get("link"));
        }
        return kinds;
    }

    private List<String> mails(String email, long after) {
        if (email == null) {
            return List.of();
        }
        return jdbc.sql("select subject from mail_outbox where recipient = :r and id > :after order by id")
                .param("r", email).param("after", after).query(String.class).list();
    }

    private static void look(Page page, Page phone, String name) {
        Browser.screenshot(page, name);
        Browser.assertAccessible(page, name);
        phone.navigate(page.url());
        Browser.screenshot(phone, name + "-phone");
        Browser.assertAccessible(phone, name + "-phone");
    }
}
