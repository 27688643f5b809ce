package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the account security fixes in a real browser: the security administrator's locked accounts and policy
 * history, the login page's way to a new confirmation mail, and that page itself; no console error (CSP) anywhere.
 */
@BrowserTest
class SecurityPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired UserAdministration users;

    @Test
    void theSecurityAdministratorUnlocksFromThePolicyPage() {
        String username = "brlock" + UUID.randomUUID().toString().substring(0, 6);
        users.create(new NewAccount(username, "浏览器锁定", null, null, Set.of(Role.EXPERT), null, null),
                "Browser#2026", false);
        try (Browser browser = new Browser(port)) {
            Page attacker = browser.newPage();
            for (int i = 0; i < 5; i++) {
                Browser.login(attacker, username, "Wrong#2026x");
            }
            assertThat(attacker.locator("#login-error").textContent()).isEqualTo("用户名或密码错误。");
            assertThat(attacker.locator("#resend-link").textContent()).contains("重新发送确认邮件");
            Browser.screenshot(attacker, "identity-login-wrong-password");

            Page secadmin = browser.newPage();
            Browser.login(secadmin, "secadmin", "Demo#2020");
            secadmin.navigate("/admin/policy");
            assertThat(secadmin.locator("#locked-accounts").textContent()).contains(username, "浏览器锁定");
            Browser.screenshot(secadmin, "identity-policy-locked-accounts");
            secadmin.locator("#locked-accounts tr:has-text('" + username + "') input[name=reason]").fill("本人来电");
            secadmin.locator("#locked-accounts tr:has-text('" + username + "') button").click();
            secadmin.waitForLoadState();
            assertThat(secadmin.locator(".alert-success").textContent()).isEqualTo("账号 " + username + " 已解除锁定。");
            Browser.screenshot(secadmin, "identity-policy-unlocked");

            Page resend = browser.newPage();
            resend.navigate("/login");
            resend.locator("#resend-link").click();
            resend.waitForLoadState();
            resend.getByLabel("注册时填写的电子邮箱").fill("nobody@example.com");
            resend.locator("main form button[type=submit]").click();
            resend.waitForLoadState();
            assertThat(resend.locator("#resend-done").textContent()).startsWith("如果该邮箱对应一个尚未确认的注册");
            Browser.screenshot(resend, "identity-resend-confirmation");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
