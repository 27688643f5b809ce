package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.Calls;
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
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designation in a real browser: the officer sees the closed notice ready, records the publication with the signed
 * PDF, issues the certificates and downloads one; an anonymous person opens the certificate's verification address on
 * a desktop and on a 390 px phone; the applicant finds the designation on its home page and downloads the certificate.
 * axe-core on every page (critical and serious: none); screenshots {@code designation-*.png}.
 */
@BrowserTest
class DesignationBrowserTest {

    @LocalServerPort int port;
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
    @TempDir Path files;

    @Test
    void theOfficerPublishesIssuesCertificatesAndAnyoneVerifiesOne() throws Exception {
        ReviewWorld review = new ReviewWorld(calls, enterprises, users, clock, applications, recommendations, reviews,
                pool, experts, meetings);
        DesignationWorld world = new DesignationWorld(review, clock, proposals, drafts, notices).close();
        Filing filing = review.filing;
        String officer = filing.account(Role.OFFICER, null, null);
        String applicant = filing.account(Role.APPLICANT, world.app(0).enterpriseId(), null);
        String number = "鄂经信装备〔2026〕" + ThreadLocalRandom.current().nextInt(40000, 99999) + "号";
        Path signed = files.resolve("认定文件.pdf");
        Files.write(signed, DesignationTest.PDF);

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/designations");
            Page phone = browser.newPhonePage();
            Browser.login(phone, officer, Filing.PASSWORD);
            look(page, phone, "designation-home");
            page.locator("tr[data-notice='" + world.notice.id() + "'] a.btn").click();
            page.waitForLoadState();
            assertThat(page.locator("#publish-form")).isVisible();
            look(page, phone, "designation-publish");

            // a broken number first: the message beside the field, nothing recorded
            page.locator("#documentNumber").fill("经信〔2026〕1号");
            page.locator("#publishedOn").fill("2026-10-13");
            page.locator("#document").setInputFiles(signed);
            page.locator("#publish-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#documentNumber-error")).containsText("文号格式应为");
            Browser.assertAccessible(page, "designation-publish-refused");

            page.locator("#documentNumber").fill(number);
            page.locator("#publishedOn").fill("2026-10-13");
            page.locator("#document").setInputFiles(signed);
            page.locator("#publish-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("[role=status].alert-success")).containsText("3 个项目被认定");
            assertThat(page.locator("#document-number")).hasText(number);
            assertThat(page.locator("#publication-status")).hasText("已发文");
            assertThat(page.locator("tr[data-designation]")).hasCount(3);
            look(page, phone, "designation-publication");

            page.locator("#issue-form button").click();
            page.waitForLoadState();
            assertThat(page.locator("[role=status].alert-success")).hasText("已制发证书，共 3 份。");
            assertThat(page.locator("#publication-status")).hasText("已制证");
            assertThat(page.locator("a.certificate-link")).hasCount(3);
            look(page, phone, "designation-certificates");
            String serial = page.locator("a.certificate-link").first().textContent().strip();
            assertThat(serial).matches("HBZN-\\d{4}-\\d{4}");
            Download download = page.waitForDownload(() -> page.locator("a.certificate-link").first().click());
            assertThat(download.suggestedFilename()).isEqualTo(serial + ".pdf");
            String verify = page.locator("a.verify-link").first().getAttribute("href");
            assertThat(verify).matches("/public/certificates/[A-Za-z0-9_-]{43}");

            // anyone, without logging in, on a desktop and on a phone
            Page anonymous = browser.newPage();
            anonymous.navigate(verify);
            assertThat(anonymous.locator("#verify-state")).hasAttribute("data-state", "VALID");
            assertThat(anonymous.locator("#verify-state")).containsText("有效");
            assertThat(anonymous.locator("#verify-serial")).hasText(serial);
            String html = anonymous.content();
            assertThat(html).doesNotContain(world.app(0).number());
            Page anonymousPhone = browser.newPhonePage();
            anonymousPhone.navigate(verify);
            Browser.screenshot(anonymous, "designation-verify");
            Browser.assertAccessible(anonymous, "designation-verify");
            Browser.screenshot(anonymousPhone, "designation-verify-phone");
            Browser.assertAccessible(anonymousPhone, "designation-verify-phone");
            Browser.assertNoHorizontalScroll(anonymousPhone, "designation-verify-phone");
            anonymous.navigate("/public/certificates/" + "x".repeat(43));
            assertThat(anonymous.locator("#verify-state")).hasAttribute("data-state", "UNKNOWN");
            Browser.assertAccessible(anonymous, "designation-verify-unknown");

            // the applicant: its home lists the designation, the certificate downloads from its own page
            Page own = browser.newPage();
            Browser.login(own, applicant, Filing.PASSWORD);
            own.navigate("/");
            assertThat(own.locator("#home-designation-list li")).hasCount(1);
            own.navigate("/designations/mine");
            Page ownPhone = browser.newPhonePage();
            Browser.login(ownPhone, applicant, Filing.PASSWORD);
            look(own, ownPhone, "designation-mine");
            Download mine = own.waitForDownload(() -> own.locator("li[data-designation] a").first().click());
            assertThat(Files.readAllBytes(mine.path())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            // the unknown certificate's page answers 404 on purpose; nothing else may fail
            assertThat(browser.consoleErrors()).allMatch(e -> e.contains("/public/certificates/" + "x".repeat(43)));
        }
    }

    private static void look(Page page, Page phone, String name) {
        Browser.screenshot(page, name);
        Browser.assertAccessible(page, name);
        phone.navigate(page.url());
        Browser.screenshot(phone, name + "-phone");
        Browser.assertAccessible(phone, name + "-phone");
    }
}
