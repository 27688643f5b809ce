package cn.gov.hubei.jxt.pilot.web;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every demo role logs in through a real browser and sees its own home page; screenshots in target/screenshots. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleHomePagesBrowserTest {

    @LocalServerPort int port;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void everyDemoRoleLogsInAndSeesItsHomePage() {
        String[][] roles = {
                {"applicant", "申报单位工作台"}, {"wuhan", "推荐单位工作台"}, {"yichang", "推荐单位工作台"},
                {"officer", "省经信厅工作台"}, {"expert1", "评审专家工作台"}, {"expert2", "评审专家工作台"},
                {"expert3", "评审专家工作台"}, {"sysadmin", "系统管理员工作台"}, {"secadmin", "安全管理员工作台"},
                {"auditor", "安全审计员工作台"}};
        Page login = browser.newPage();
        login.navigate("/login");
        assertThat(login.locator("h1")).hasText("登录");
        Browser.screenshot(login, "login");
        Browser.assertAccessible(login, "login");
        for (String[] role : roles) {
            Page page = browser.newPage();
            Browser.login(page, role[0], "Demo#2020");
            assertThat(page.locator("main h1")).hasText(role[1]);
            assertThat(page.locator("nav")).containsText(role[0]);
            Browser.screenshot(page, "home-" + role[0]);
            Browser.assertAccessible(page, "home-" + role[0]);
            Browser.logout(page);
            assertThat(page.locator(".alert-info")).hasText("您已安全退出。");
            page.context().close();
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void eachRoleOpensTheMainPagesOfItsWork() {
        String[][] visits = {
                {"officer", "/calls", "main h1"}, {"sysadmin", "/admin/users", "main h1"},
                {"sysadmin", "/admin/calendar", "main h1"}, {"secadmin", "/admin/policy", "main h1"},
                {"auditor", "/audit", "main h1"}, {"applicant", "/reference", "main h1"},
                {"applicant", "/account/password", "main h1"}};
        for (String[] visit : visits) {
            Page page = browser.newPage();
            Browser.login(page, visit[0], "Demo#2020");
            page.navigate(visit[1]);
            assertThat(page.locator(visit[2])).isVisible();
            assertThat(page.locator("body")).not().containsText("Whitelabel");
            Browser.screenshot(page, "page-" + visit[0] + visit[1].replace('/', '-'));
            Browser.assertAccessible(page, "page-" + visit[0] + visit[1].replace('/', '-'));
            page.context().close();
        }
        Page anonymous = browser.newPage();
        anonymous.navigate("/reference/element-conditions/2020");
        Browser.screenshot(anonymous, "public-element-conditions");
        Browser.assertAccessible(anonymous, "public-element-conditions");
        anonymous.context().close();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheReasonOnTheLoginPage() {
        Page page = browser.newPage();
        Browser.login(page, "officer", "wrong-password");
        assertThat(page.locator("#login-error")).hasText("用户名或密码错误。");
        Browser.screenshot(page, "login-error");
        Browser.assertAccessible(page, "login-error");
        page.context().close();
    }
}
