package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's main path through the pool in a real browser: import a file with one bad row (refused, the row named),
 * import the valid rows, find them in the list, create an account (its password shown once); axe-core on each page,
 * screenshots at desktop width and at 390 px in target/screenshots.
 */
@BrowserTest
class ExpertPoolBrowserTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort int port;
    @Autowired UserAdministration users;

    @Test
    void importWithABadRowThenTheValidRowsThenCreateAnAccount() throws Exception {
        String officer = "expert-browser-" + ThreadLocalRandom.current().nextInt(1_000_000);
        users.create(new NewAccount(officer, "项目办浏览器测试", null, null, Set.of(Role.OFFICER), null, null),
                Filing.PASSWORD, false);
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String first = "欧阳" + tag;
        String second = "司马" + tag;
        byte[] file = ExpertImportTest.workbook(ExpertImportTest.HEADER, List.of(
                ExpertImportTest.row(first, "武汉工程大学", "", "离散型智能制造", "汽车", "武汉市"),
                ExpertImportTest.row("", "湖北经济学院", "", "网络协同制造", "", "武汉市"),
                ExpertImportTest.row(second, "湖北大学", "", "流程型智能制造、远程运维服务", "新材料", "孝感市")));

        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/experts/import");
            page.setInputFiles("#file", new FilePayload("专家名单.xlsx", XLSX, file));
            page.locator("form[enctype] button[type=submit]").click();
            assertThat(page.locator("#import-result")).containsText("第 3 行有错误，未导入任何专家");
            assertThat(page.locator("#import-problems")).containsText("请填写姓名。");
            Browser.assertAccessible(page, "import refused");
            Browser.screenshot(page, "expert-import-refused");

            page.setInputFiles("#file", new FilePayload("专家名单.xlsx", XLSX, file));
            page.getByLabel("有错误的行不导入，只导入正确的行").check();
            page.locator("form[enctype] button[type=submit]").click();
            assertThat(page.locator("#import-result")).containsText("已导入 2 位专家，1 行有错误未导入（共 3 行）");
            assertThat(page.locator("#imported-experts li")).hasCount(2);
            Browser.assertAccessible(page, "import partly");
            Browser.screenshot(page, "expert-import-valid-rows");

            page.navigate("/experts?q=" + tag);
            assertThat(page.locator("#experts tbody tr")).hasCount(2);
            assertThat(page.locator("#experts")).containsText(first);
            assertThat(page.locator("#experts")).containsText("孝感市");
            Browser.assertAccessible(page, "expert list");
            Browser.screenshot(page, "expert-list");

            page.getByText(second).click();
            page.locator("#create-account").click();
            assertThat(page.locator("#created-accounts")).containsText("初始密码只显示这一次");
            String password = page.locator("#created-accounts tbody td code").nth(1).textContent();
            assertThat(password).hasSizeGreaterThan(7);
            Browser.assertAccessible(page, "expert detail with account");
            Browser.screenshot(page, "expert-detail-account");
            page.reload();
            assertThat(page.locator("#created-accounts")).hasCount(0);
            assertThat(browser.consoleErrors()).isEmpty();

            Page phone = browser.newPhonePage();
            Browser.login(phone, officer, Filing.PASSWORD);
            phone.navigate("/experts?q=" + tag);
            assertThat(phone.locator("#experts")).containsText(second);
            Browser.assertAccessible(phone, "expert list on a phone");
            Browser.screenshot(phone, "expert-list-390");
            phone.navigate("/experts/import");
            Browser.assertAccessible(phone, "import on a phone");
            Browser.screenshot(phone, "expert-import-390");
        }
    }
}
