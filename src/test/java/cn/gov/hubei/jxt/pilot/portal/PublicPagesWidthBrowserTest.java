package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages of the 公示 and the designation at 1280 and 390 px on the demo's real data (the 2025 notice and
 * publication of {@code DemoYear2025}, the open 2026 notice): the portal's home, the notices, the designated
 * projects of 2025, a project's page and a certificate's verification page. Nothing scrolls sideways, a date is never
 * broken across lines and the notice's closing (发布单位, date) stands right-aligned; axe-core on each; screenshots
 * {@code target/screenshots/public-width-*.png}.
 */
@BrowserTest
class PublicPagesWidthBrowserTest {

    @LocalServerPort int port;
    @Autowired PublicNotices notices;
    @Autowired Designations designations;
    @Autowired JdbcClient jdbc;

    @Test
    void everyPublicPageOfTheNoticeAndTheDesignationFitsADesktopAndAPhone() {
        List<PublicNotice> published = notices.published();
        PublicNotice of2025 = published.stream().filter(n -> n.year() == 2025).findFirst().orElseThrow();
        DesignatedProject project = designations.all().stream().filter(d -> d.year() == 2025).findFirst()
                .orElseThrow();
        String token = jdbc.sql("select token from designation_certificate where designation_id = :id"
                        + " and replaced_at is null").param("id", project.id()).query(String.class).single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/public");
        pages.put("notices", "/public/notices");
        pages.put("notice-2025", "/public/notices/" + of2025.id());
        published.stream().filter(n -> n.year() != 2025).findFirst()
                .ifPresent(n -> pages.put("notice-" + n.year(), "/public/notices/" + n.id()));
        pages.put("projects-2025", "/public/projects?year=2025");
        pages.put("project", "/public/projects/" + project.id());
        pages.put("certificate", "/public/certificates/" + token);

        try (Browser browser = new Browser(port)) {
            for (Page page : List.of(browser.newPage(), browser.newPhonePage())) {
                String width = page.viewportSize().width == Browser.PHONE_WIDTH ? "390" : "1280";
                pages.forEach((name, path) -> {
                    page.navigate(path);
                    String shot = "public-width-" + name + "-" + width;
                    Browser.screenshot(page, shot);
                    Browser.assertAccessible(page, shot);
                    Browser.assertNoHorizontalScroll(page, shot);
                    assertDatesWhole(page, shot);
                });
                page.navigate("/public/notices/" + of2025.id());
                // the period's two dates and the closing's date, each kept whole
                assertThat(page.locator(".text-date").allTextContents())
                        .containsExactly("2025-09-26", "2025-10-09", "2025年9月26日");
                Locator closing = page.locator(".notice-closing p");
                assertThat(closing.count()).isEqualTo(2);
                assertThat(closing.first().textContent()).isEqualTo(of2025.publisher());
                page.navigate("/public/projects?year=2025");
                assertThat(page.locator("#projects").textContent()).contains("2025年").doesNotContain("2,025")
                        .contains("离散型智能制造");
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Every date written out (2025年9月26日) stands on one line: its box is one line high. */
    static void assertDatesWhole(Page page, String name) {
        Object broken = page.evaluate("""
                () => Array.from(document.querySelectorAll('.text-date'))
                    .filter(e => e.offsetParent !== null)
                    .filter(e => e.getClientRects().length > 1)
                    .map(e => e.textContent.trim())""");
        assertThat((List<?>) broken).as(name + ": dates broken across lines").isEmpty();
    }
}
