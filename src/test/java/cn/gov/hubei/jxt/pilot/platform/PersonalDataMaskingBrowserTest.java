package cn.gov.hubei.jxt.pilot.platform;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The office's path through sealed personal data in a real browser, on the demo data (docs/security.md §14): the
 * expert pool's list masks the telephone and the expert's page shows it whole; the 2025 publication's list masks the
 * plaque's recipient and the plaque's page shows the name whole. axe-core on each page, screenshots at desktop width
 * and at 390 px in target/screenshots.
 */
@BrowserTest
class PersonalDataMaskingBrowserTest {

    @LocalServerPort int port;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    @Test
    void listsMaskWhatTheRecordPagesShowWhole() {
        String officer = "mask-browser-" + ThreadLocalRandom.current().nextInt(1_000_000);
        users.create(new NewAccount(officer, "项目办脱敏测试", null, null, Set.of(Role.OFFICER), null, null),
                Filing.PASSWORD, false);
        long publication = jdbc.sql("""
                        select d.publication_id from designated_project d
                        join designation_plaque p on p.designation_id = d.id
                        where p.received_on is not null order by d.id limit 1""").query(Long.class).single();

        try (Browser browser = new Browser(port)) {
            for (Page page : new Page[]{browser.newPage(), browser.newPhonePage()}) {
                String width = page.viewportSize().width == Browser.PHONE_WIDTH ? "-390" : "";
                Browser.login(page, officer, Filing.PASSWORD);

                page.navigate("/experts?q=李华");
                assertThat(page.locator("#experts")).containsText("139****0001");
                assertThat(page.locator("#experts")).not().containsText("13907100001");
                Browser.assertAccessible(page, "expert list, telephone masked");
                Browser.screenshot(page, "privacy-expert-list" + width);

                page.locator("#experts").getByText("李华").first().click();
                assertThat(page.locator("main")).containsText("13907100001");
                Browser.assertAccessible(page, "expert page, telephone whole");
                Browser.screenshot(page, "privacy-expert-detail" + width);

                page.navigate("/designations/" + publication);
                assertThat(page.locator("main")).containsText("王**");
                assertThat(page.locator("main")).not().containsText("王立新");
                Browser.assertAccessible(page, "publication, plaque recipient masked");
                Browser.screenshot(page, "privacy-publication" + width);

                page.locator("main a[href$='/plaque']").first().click();
                assertThat(page.locator("main input[value='王立新']")).hasCount(1);
                Browser.assertAccessible(page, "plaque page, recipient whole");
                Browser.screenshot(page, "privacy-plaque" + width);
            }
        }
    }
}
