package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objections in a real browser: a person without an account objects on a phone (390 px) and at the desk, first
 * without a name (the rule beside the field), then completely, and gets the receipt number; an officer reads the
 * notice's cases masked, opens one in full, accepts it and upholds it, taking the project off the list. axe-core on
 * every page; screenshots {@code objection-*.png}.
 */
@BrowserTest
class ObjectionBrowserTest {

    static final Pattern QUESTION = Pattern.compile("(\\d+) 加 (\\d+)");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired PublicNotices notices;

    @Test
    void aPersonObjectsAndTheOfficeUpholdsAndTakesTheProjectOff() {
        ObjectionWorld w = new ObjectionWorld(context);
        clock.set(ObjectionWorld.DURING);
        String officer = new Filing(null, calls, enterprises, users, clock).account(Role.OFFICER, null, null);
        long project = w.firstProject();
        String form = "/public/objections/new?notice=" + w.notice.id();
        try (Browser browser = new Browser(port)) {
            // on a phone: without a name first, then complete
            Page phone = browser.newPhonePage();
            phone.navigate(form);
            assertThat(phone.locator("h1")).hasText("对公示项目提出异议");
            look(phone, "objection-form-phone");
            fill(phone, "", "phone-" + System.nanoTime() + "@example.cn", project);
            phone.locator("#submit-objection").click();
            phone.waitForLoadState();
            assertThat(phone.locator("[data-error-summary]")).containsText("根据实名原则，匿名异议不予受理");
            assertThat(phone.locator("#name-error")).hasText("请填写姓名。");
            look(phone, "objection-refused-phone");
            fill(phone, "张三", "phone-" + System.nanoTime() + "@example.cn", project);
            phone.locator("#submit-objection").click();
            phone.waitForLoadState();
            assertThat(phone.locator("#receipt-number")).hasText(Pattern.compile("YY-2026-\\d{4}"));
            String receipt = phone.locator("#receipt-number").textContent().strip();
            look(phone, "objection-receipt-phone");

            // at the desk
            Page desk = browser.newPage();
            desk.navigate(form);
            look(desk, "objection-form-desktop");
            fill(desk, "李四", "desk-" + System.nanoTime() + "@example.cn", project);
            desk.locator("#submit-objection").click();
            desk.waitForLoadState();
            assertThat(desk.locator("#receipt-number")).hasText(Pattern.compile("YY-2026-\\d{4}"));
            look(desk, "objection-receipt-desktop");
            desk.navigate("/public/objections/lookup");
            look(desk, "objection-lookup-desktop");

            // the office
            Page office = browser.newPage();
            Browser.login(office, officer, Filing.PASSWORD);
            office.navigate("/objections");
            look(office, "objection-notices");
            office.navigate("/objections?notice=" + w.notice.id());
            assertThat(office.locator("#cases")).containsText("张*");
            assertThat(office.locator("#cases")).containsText("138****5678");
            assertThat(office.locator("#cases")).not().containsText("13812345678");
            look(office, "objection-cases");
            office.locator("#cases a", new Page.LocatorOptions().setHasText(receipt)).click();
            office.waitForLoadState();
            assertThat(office.locator("#objector-name")).hasText("张三");
            look(office, "objection-case-received");
            office.locator("#do-accept").click();
            office.waitForLoadState();
            assertThat(office.locator("#case-status")).hasText("已受理");
            office.locator("#uphold-reason").fill("经现场核查，项目生产效率数据与实际不符，异议成立。");
            office.locator("#uphold-removalReason").fill("经核实，项目主要指标数据与实际不符。");
            office.locator("#do-uphold").click();
            office.waitForLoadState();
            assertThat(office.locator("#case-status")).hasText("异议成立");
            assertThat(office.locator("#removed-badge")).isVisible();
            look(office, "objection-case-upheld");
            Page officePhone = browser.newPhonePage();
            Browser.login(officePhone, officer, Filing.PASSWORD);
            officePhone.navigate(office.url());
            look(officePhone, "objection-case-upheld-phone");
            // the refused submission answers 422, which the browser logs; nothing else may be logged
            assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e)
                    .contains("/public/objections?notice=" + w.notice.id()).contains("status of 422"));
        }
        assertThat(notices.entry(w.notice.id(), project).orElseThrow().listed()).isFalse();
        assertThat(notices.entry(w.notice.id(), project).orElseThrow().removalReason())
                .isEqualTo("经核实，项目主要指标数据与实际不符。");
    }

    private static void fill(Page page, String name, String email, long project) {
        page.locator("#name").fill(name);
        page.locator("#idType").selectOption("RESIDENT_ID");
        page.locator("#idNumber").fill("11010519491231002X");
        page.locator("#telephone").fill("13812345678");
        page.locator("#email").fill(email);
        page.locator("#applicationId").selectOption(String.valueOf(project));
        page.locator("#facts").fill("该项目申报的生产效率提升数据与实际不符，车间仍以人工为主。");
        page.locator("#consent").check();
        Matcher m = QUESTION.matcher(page.locator("label[for=answer]").textContent());
        assertThat(m.find()).isTrue();
        page.locator("#answer").fill(String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))));
    }

    private static void look(Page page, String name) {
        Browser.screenshot(page, name);
        Browser.assertAccessible(page, name);
        Browser.assertNoHorizontalScroll(page, name);
    }
}
