package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Position;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking page in a real browser under the Content-Security-Policy: dragging a row saves the new order through
 * {@code ranking.js}, and the 下移 button (a plain form) moves a row. Screenshot in target/screenshots.
 */
@BrowserTest
class RankingBrowserTest {

    static final String XIAOGAN = "420900";

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired Clock clock;

    @Test
    void aDraggedRowAndTheDownButtonChangeTheSavedOrder() {
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(LocalDateTime.now(clock).minusDays(1))
                .quota(null).build(), "ranking-browser-test");
        call = calls.publish(call.id(), "ranking-browser-test");
        // the fixture's clock is only used to open its own calls, which this test does itself
        Filing filing = new Filing(null, calls, enterprises, users, null);
        String recommender = "rank-browser-" + ThreadLocalRandom.current().nextInt(1_000_000);
        users.create(new NewAccount(recommender, "孝感推荐人", null, null, Set.of(Role.RECOMMENDER), null, XIAOGAN),
                Filing.PASSWORD, false);
        long a = submitted(filing, call, "孝感排序甲");
        long b = submitted(filing, call, "孝感排序乙");
        long c = submitted(filing, call, "孝感排序丙");
        for (long id : List.of(a, b, c)) {
            service.savePrecheck(id, XIAOGAN, Recommending.allMet(), recommender);
            service.recommend(id, XIAOGAN, recommender);
        }

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, recommender, Filing.PASSWORD);
            page.navigate("/recommendation/ranking?call=" + call.id());
            Locator rows = page.locator("ol[data-ranking] > li");
            assertThat(rows).hasCount(3);

            rows.nth(2).dragTo(rows.nth(0), new Locator.DragToOptions().setTargetPosition(new Position(20, 4)));
            assertThat(page.locator("#ranking-status")).hasText("新的顺序已保存。");
            assertThat(order(call)).containsExactly(c, a, b);

            // the version the page holds followed the drag, so the 下移 button works on the same page
            page.locator("ol[data-ranking] > li").nth(0).getByText("下移").click();
            assertThat(page.locator("ol[data-ranking] > li").nth(0)).containsText("孝感排序甲");
            // the status already says so since the drag: wait for the saved order itself
            CallSummary dragCall = call;
            page.waitForCondition(() -> order(dragCall).equals(List.of(a, c, b)));
            assertThat(page.locator("#ranking-status")).hasText("新的顺序已保存。");
            assertThat(page.locator("ol[data-ranking] > li").nth(0)).containsText("孝感排序甲");
            Browser.screenshot(page, "recommendation-ranking");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theMovedRowsButtonKeepsTheFocusWithAndWithoutTheScript() {
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(LocalDateTime.now(clock).minusDays(1))
                .quota(null).build(), "ranking-focus-test");
        call = calls.publish(call.id(), "ranking-focus-test");
        Filing filing = new Filing(null, calls, enterprises, users, null);
        String recommender = "rank-focus-" + ThreadLocalRandom.current().nextInt(1_000_000);
        users.create(new NewAccount(recommender, "孝感推荐人", null, null, Set.of(Role.RECOMMENDER), null, XIAOGAN),
                Filing.PASSWORD, false);
        long a = submitted(filing, call, "孝感焦点甲");
        long b = submitted(filing, call, "孝感焦点乙");
        long c = submitted(filing, call, "孝感焦点丙");
        for (long id : List.of(a, b, c)) {
            service.savePrecheck(id, XIAOGAN, Recommending.allMet(), recommender);
            service.recommend(id, XIAOGAN, recommender);
        }

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, recommender, Filing.PASSWORD);
            page.navigate("/recommendation/ranking?call=" + call.id());
            // keyboard: the 下移 button of the first row, pressed with Enter
            page.locator("#move-" + a + "-down").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#ranking-status")).hasText("新的顺序已保存。");
            assertThat(order(call)).containsExactly(b, a, c);
            assertThat(page.locator("#move-" + a + "-down")).isFocused();
            // back to the top: 上移 is now disabled there, so the row's 下移 button takes the focus
            page.keyboard().press("Shift+Tab");
            assertThat(page.locator("#move-" + a + "-up")).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("ol[data-ranking] > li").nth(0)).containsText("孝感焦点甲");
            assertThat(page.locator("#move-" + a + "-up")).isDisabled();
            assertThat(page.locator("#move-" + a + "-down")).isFocused();
            CallSummary focusCall = call;
            page.waitForCondition(() -> order(focusCall).equals(List.of(a, b, c)));
            Browser.assertAccessible(page, "ranking");
            assertThat(browser.consoleErrors()).isEmpty();
            page.context().close();

            // without JavaScript the plain form reloads the page at the moved row's button, which has the focus
            Page plain = browser.newPage(false);
            Browser.login(plain, recommender, Filing.PASSWORD);
            plain.navigate("/recommendation/ranking?call=" + call.id());
            plain.locator("#move-" + a + "-down").click();
            plain.waitForLoadState();
            assertThat(order(call)).containsExactly(b, a, c);
            assertThat(plain).hasURL(Pattern.compile(".*#move-" + a + "-down$"));
            assertThat(plain.locator("#move-" + a + "-down")).isFocused();
            // at the bottom now its 下移 is disabled, so the answer names the row's 上移 instead; the keyboard user
            // presses Enter on the button that has the focus
            plain.keyboard().press("Enter");
            plain.waitForURL(Pattern.compile(".*#move-" + a + "-up$"));
            plain.waitForLoadState();
            assertThat(order(call)).containsExactly(b, c, a);
            assertThat(plain).hasURL(Pattern.compile(".*#move-" + a + "-up$"));
            assertThat(plain.locator("#move-" + a + "-up")).isFocused();
            plain.context().close();
        }
    }

    /** A complete application submitted today: the fixture's content, with a credit check of today. */
    private long submitted(Filing filing, CallSummary call, String projectName) {
        Enterprise enterprise = filing.enterprise(XIAOGAN);
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        SectionContent.Attachments saved = (SectionContent.Attachments) applications.draft(id, scope)
                .section(SectionKey.ATTACHMENTS).content();
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, new SectionContent.Attachments(
                saved.equipment(), saved.patents(), saved.commitmentFileId(), saved.creditReportFileId(),
                saved.creditSource(), LocalDate.now(clock).toString(), saved.otherFileIds()), applicant);
        applications.submit(id, scope, "submit-" + id, applicant);
        return id;
    }

    private List<Long> order(CallSummary call) {
        return service.ranking(call, XIAOGAN).entries().stream().map(RankedEntry::applicationId).toList();
    }
}
