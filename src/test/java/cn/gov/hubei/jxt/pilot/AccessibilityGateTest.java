package cn.gov.hubei.jxt.pilot;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility check every browser test uses ({@link Browser#accessibilityProblems}) finds what it is there to
 * find: a page with an image without a text, a button without a name and grey text on white has exactly those three
 * critical or serious WCAG 2.1 AA violations; a plain page has none. No application is needed: the pages are set
 * into the browser directly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityGateTest {

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(1);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void findsTheViolationsOfABrokenPage() {
        Page page = browser.newPage();
        page.setContent("""
                <!DOCTYPE html><html lang="zh-CN"><head><title>申报书</title></head><body><main>
                <h1>申报书</h1>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <button type="button"></button>
                <p style="color:#bbbbbb;background:#ffffff">请在截止时间前提交。</p>
                </main></body></html>""");

        List<String> problems = Browser.accessibilityProblems(page);

        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("- image-alt (critical)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("- button-name (critical)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("- color-contrast (serious)")
                .contains("请在截止时间前提交。"));
        page.context().close();
    }

    @Test
    void findsNothingOnAPlainPage() {
        Page page = browser.newPage();
        page.setContent("""
                <!DOCTYPE html><html lang="zh-CN"><head><title>申报书</title></head><body><main>
                <h1>申报书</h1><p>请在截止时间前提交。</p><button type="button">提交</button>
                </main></body></html>""");

        assertThat(Browser.accessibilityProblems(page)).isEmpty();
        page.context().close();
    }
}
