package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.LocalDateTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant at work on a draft in a real browser: the submit card names the sections still missing, each a link
 * to its page; there the problems show with the row they lie on, the change of an indicator appears as the figures
 * are typed, and an autosave takes the error off the field just corrected and shows the new version in the one
 * place that shows it. Screenshots at desktop and phone width in target/screenshots.
 */
@BrowserTest
class SectionEditingBrowserTest {

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired ProjectApplications applications;
    @Autowired Clock clock;

    @Test
    void theApplicantFollowsTheMissingSectionsAndCorrectsThePlan() {
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(LocalDateTime.now(clock).minusDays(1))
                .maxProjects(3).build(), "section-browser-test");
        call = calls.publish(call.id(), "section-browser-test");
        Filing filing = new Filing(null, calls, enterprises, users, null);
        Enterprise enterprise = filing.enterprise("420100");
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        Filing.save(applications, id, scope, SectionKey.BASIC, Filing.basic("武汉光谷数字化车间项目"), applicant);
        String app = "/applications/" + id;

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, applicant, Filing.PASSWORD);

            // the overview: three states in the task list; the disabled button says what is missing
            page.navigate(app);
            assertThat(page.locator("#state-basic")).hasText("已完成");
            assertThat(page.locator("#state-plan")).hasText("未开始");
            assertThat(page.locator("main form[action$='/submit'] button[type=submit]")).isDisabled();
            assertThat(page.locator("main form[action$='/submit'] button[type=submit]"))
                    .hasAttribute("aria-describedby", "submit-missing");
            Locator missing = page.locator("#submit-missing a");
            assertThat(missing).hasCount(SectionKey.values().length - 1);
            Browser.screenshot(page, "sections-overview-missing");
            page.setViewportSize(390, 844);
            Browser.screenshot(page, "sections-overview-missing-phone");
            page.setViewportSize(1280, 900);

            // a section not started yet: saving it shows no wall of errors
            page.navigate(app + "/sections/scenarios");
            page.locator("button[name=action][value=save]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).containsText("已保存");
            assertThat(page.locator("[data-error-summary]")).hasCount(0);
            assertThat(page.locator(".is-invalid")).hasCount(0);

            // from the submit card to the plan: its problems, each row's message naming the row
            page.navigate(app);
            page.locator("#submit-missing a", new Page.LocatorOptions().setHasText("下一步实施计划与预期目标")).click();
            page.waitForLoadState();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sections/plan\\?check=true$"));
            Locator summary = page.locator("[data-error-summary]");
            assertThat(summary).containsText("运营成本降低：请填写单位。");
            assertThat(summary).containsText("请至少填写一个实施计划阶段。");
            assertThat(page.locator("#section-status")).containsText("尚未保存");

            // the change appears while typing, in the indicator's direction
            page.locator("[name='targets[0].before']").fill("100");
            page.locator("[name='targets[0].after']").fill("80");
            assertThat(page.locator("#change-OPERATING_COST")).hasText("运营成本降低20.0%");
            page.locator("[name='targets[2].before']").fill("100");
            page.locator("[name='targets[2].after']").fill("80");
            assertThat(page.locator("#change-PRODUCTION_EFFICIENCY")).hasText("生产效率变差20.0%");

            // correcting a field and leaving it autosaves: its error goes, the others stay, one version is shown
            page.locator("[name='targets[0].unit']").fill("万元/年");
            page.locator("[name='targets[0].unit']").press("Tab");
            assertThat(page.locator("[id='targets[0].unit-error']")).hasCount(0);
            Browser.settle(page);
            assertThat(page.locator("#save-status")).containsText("已自动保存");
            String version = page.locator("#version").inputValue();
            assertThat(Integer.parseInt(version)).isPositive();
            assertThat(page.locator("#section-status")).containsText("已保存，第" + version + "版");
            assertThat(page.locator("[name='targets[0].unit']")).not().hasClass(
                    java.util.regex.Pattern.compile(".*is-invalid.*"));
            assertThat(summary).not().containsText("运营成本降低：请填写单位。");
            assertThat(summary).containsText("产品研制周期缩短：请填写单位。");
            assertThat(page.locator("[id='targets[1].unit-error']")).hasText("产品研制周期缩短：请填写单位。");
            assertThat(page.locator("main")).not().containsText("第" + (Integer.parseInt(version) - 1) + "版");
            page.locator("#growth").scrollIntoViewIfNeeded();
            Browser.screenshot(page, "sections-plan-autosaved");
            page.setViewportSize(390, 844);
            Browser.screenshot(page, "sections-plan-autosaved-phone");

            // what was autosaved is what the page shows after a reload
            page.reload();
            assertThat(page.locator("[name='targets[0].unit']")).hasValue("万元/年");
            assertThat(page.locator("#change-OPERATING_COST")).hasText("运营成本降低20.0%");
            assertThat(page.locator("[id='targets[0].unit-error']")).hasCount(0);

            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
