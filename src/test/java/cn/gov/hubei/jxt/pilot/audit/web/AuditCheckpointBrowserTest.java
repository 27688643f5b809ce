package cn.gov.hubei.jxt.pilot.audit.web;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit administrator's main path with the checkpoints in a real browser: from the audit page to the checkpoints,
 * sign one, download its file, upload it back and see the chain and the checkpoints verified; a file that is not a
 * checkpoint is refused beside the field. axe-core on each page, screenshots at desktop width and 390 px.
 */
@BrowserTest
class AuditCheckpointBrowserTest {

    @LocalServerPort int port;

    @Test
    void theAuditorSignsDownloadsAndVerifiesACheckpoint(@TempDir Path temp) throws Exception {
        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            Browser.login(page, "auditor", "Demo#2020");
            page.navigate("/audit");
            page.getByText("签名检查点").first().click();
            page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("审计日志签名检查点");
            page.getByText("立即签署检查点").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success").first().textContent()).startsWith("检查点 manual-");
            Browser.assertAccessible(page, "audit-checkpoints");
            Browser.screenshot(page, "audit-checkpoints");

            Download download = page.waitForDownload(() -> page.locator("table a").first().click());
            Path file = temp.resolve(download.suggestedFilename());
            download.saveAs(file);
            assertThat(Files.readString(file)).startsWith("hubei-pilot-audit-checkpoint-v1\n").contains("\nsignature: ");

            page.setInputFiles("#files", file);
            page.getByText("校验哈希链和检查点").click();
            page.waitForLoadState();
            assertThat(page.locator("[role=status].alert-success").textContent()).contains("哈希链完整")
                    .contains("已核对签名检查点");
            Browser.screenshot(page, "audit-checkpoints-verified");

            Path notes = temp.resolve("notes.txt");
            Files.writeString(notes, "不是检查点");
            page.setInputFiles("#files", notes);
            page.getByText("校验哈希链和检查点").click();
            page.waitForLoadState();
            assertThat(page.locator("#files-error").textContent())
                    .isEqualTo("上传的文件不是本系统导出的检查点文件，未进行校验。");
            Browser.assertAccessible(page, "audit-checkpoints-refused");

            Page phone = browser.newPhonePage();
            Browser.login(phone, "auditor", "Demo#2020");
            phone.navigate("/audit/checkpoints");
            Browser.assertAccessible(phone, "audit-checkpoints-390");
            Browser.assertNoHorizontalScroll(phone, "audit-checkpoints-390");
            Browser.screenshot(phone, "audit-checkpoints-390");
            // The only error the browser reports is the refused upload's status (422), which is the intent.
            assertThat(browser.consoleErrors()).allMatch(e -> e.contains("/audit/checkpoints/verify")
                    && e.contains("422"));
        }
    }
}
