package cn.gov.hubei.jxt.pilot;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Headless Chromium from the operating system ({@code /usr/bin/chromium}, installed by {@code .ci/run}) driven by
 * Playwright. Collects console errors (a Content-Security-Policy violation shows up there) and writes screenshots
 * under {@code target/screenshots}. {@link #assertAccessible} checks a page against WCAG 2.1 A/AA with axe-core;
 * {@link #newPhonePage} and {@link #assertNoHorizontalScroll} check the phone width; {@link #settle} waits for htmx
 * (never a fixed time).
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The width of a common phone in CSS pixels. */
    public static final int PHONE_WIDTH = 390;
    /** The axe-core rule sets that make up WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;
    private final List<String> consoleErrors = new ArrayList<>();

    public Browser(int port) {
        // an expectation waits up to 15 s (Playwright's default is 5 s): on a loaded 2-core build machine a form post
        // with its notices and mails can take longer; a passing expectation returns as soon as it holds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                        "--disable-dev-shm-usage")));
    }

    /** A fresh context (own cookies) with a Chinese locale and a desktop viewport. */
    public Page newPage() {
        return newPage(true);
    }

    /** Like {@link #newPage()}; {@code false} turns the pages' JavaScript off, to try what works without it. */
    public Page newPage(boolean javaScriptEnabled) {
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900).setBaseURL(baseUrl).setJavaScriptEnabled(javaScriptEnabled));
        context.addInitScript(TRACK_HTMX);
        Page page = context.newPage();
        page.onConsoleMessage(m -> record(page, m));
        page.onPageError(e -> consoleErrors.add(page.url() + ": " + e));
        return page;
    }

    /** A fresh context like {@link #newPage()}, with the viewport of a phone ({@value #PHONE_WIDTH} × 844). */
    public Page newPhonePage() {
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale("zh-CN")
                .setViewportSize(PHONE_WIDTH, 844).setIsMobile(true).setHasTouch(true).setBaseURL(baseUrl));
        context.addInitScript(TRACK_HTMX);
        Page page = context.newPage();
        page.onConsoleMessage(m -> record(page, m));
        page.onPageError(e -> consoleErrors.add(page.url() + ": " + e));
        return page;
    }

    private void record(Page page, ConsoleMessage message) {
        if ("error".equals(message.type())) {
            consoleErrors.add(page.url() + ": " + message.text());
        }
    }

    public List<String> consoleErrors() {
        return consoleErrors;
    }

    public static void login(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForLoadState();
    }

    public static void logout(Page page) {
        // the person's menu: the office's navigation has dropdowns of its own before it
        page.locator("li.dropdown:has(form[action='/logout']) > [data-bs-toggle=dropdown]").click();
        page.locator("form[action='/logout'] button").click();
        page.waitForLoadState();
    }

    /**
     * Waits until htmx has settled: no trigger waiting for its {@code delay:} (an autosave after a change), no request
     * in flight and no swap or settle under way. Call it before an action that must not race an htmx request, e.g.
     * a full-page save after typing into an autosaving form, or before reading what an htmx answer put in the page.
     */
    public static void settle(Page page) {
        page.waitForFunction(HTMX_SETTLED);
    }

    /**
     * Added to every page: counts htmx requests in flight, and remembers for each element which of its delayed
     * triggers has fired (htmx keeps the timer of the last one scheduled in the element's internal data).
     */
    private static final String TRACK_HTMX = """
            window.__htmxInFlight = 0;
            window.__htmxFired = new WeakMap();
            document.addEventListener('htmx:beforeRequest', () => window.__htmxInFlight++, true);
            document.addEventListener('htmx:afterRequest', () => window.__htmxInFlight--, true);
            document.addEventListener('htmx:trigger', e => {
                const data = e.target['htmx-internal-data'];
                if (data) window.__htmxFired.set(e.target, data.delayed);
            }, true);""";

    private static final String HTMX_SETTLED = """
            () => {
                if (window.__htmxInFlight > 0
                        || document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')) {
                    return false;
                }
                for (const elt of document.querySelectorAll('[hx-trigger*="delay:"], [data-hx-trigger*="delay:"]')) {
                    const data = elt['htmx-internal-data'];
                    if (data && data.delayed && window.__htmxFired.get(elt) !== data.delayed) {
                        return false;
                    }
                }
                return true;
            }""";

    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1, A and AA) on the page as it stands and fails with a list of every critical or
     * serious violation: rule, impact, help, and each element's selector and failure summary. {@code name} says
     * which page it was in the failure message.
     */
    public static void assertAccessible(Page page, String name) {
        List<String> problems = accessibilityProblems(page);
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + name + " (" + page.url() + "):\n"
                    + String.join("\n", problems));
        }
    }

    /** The critical and serious WCAG 2.1 A/AA violations of the page, one line per element; empty when none. */
    public static List<String> accessibilityProblems(Page page) {
        // Only the violations in full (the passing and inapplicable rules' nodes are not sent back), and axe.run in
        // the page itself: the library's default runs each frame apart and then finishes in a second, blank page,
        // which took most of the time of every check. The pages have no frames of other origins, for which that
        // is needed (AccessibilityGateTest: the same violations are found).
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_AA).setLegacyMode(true).analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                problems.add("- " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + ": "
                        + node.getTarget() + " " + oneLine(node.getFailureSummary()) + " | " + oneLine(node.getHtml()));
            }
        }
        return problems;
    }

    /**
     * Fails when the page is wider than its viewport (it would scroll sideways) or when a table cell is so narrow
     * that text wraps after every character or two (narrower than {@code 2.5em} of its own font).
     */
    public static void assertNoHorizontalScroll(Page page, String name) {
        int viewport = page.viewportSize().width;
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (width > viewport) {
            throw new AssertionError(name + " (" + page.url() + ") scrolls sideways: " + width
                    + " px wide in a viewport of " + viewport + " px; widest elements: "
                    + page.evaluate(WIDEST, viewport));
        }
        Object narrow = page.evaluate(NARROW_CELLS);
        if (narrow instanceof List<?> cells && !cells.isEmpty()) {
            throw new AssertionError(name + " (" + page.url() + ") has table cells too narrow to read: "
                    + cells.stream().map(String::valueOf).collect(Collectors.joining("; ")));
        }
    }

    /** The elements that reach furthest past the right edge of the viewport, for the failure message. */
    private static final String WIDEST = """
            viewport => Array.from(document.querySelectorAll('body *'))
                .map(e => [e, e.getBoundingClientRect().right])
                .filter(([e, right]) => right > viewport)
                .sort((a, b) => b[1] - a[1]).slice(0, 5)
                .map(([e, right]) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' ' + Math.round(right) + 'px')""";

    /** Visible table cells with text whose content box is narrower than 2.5 characters of their font. */
    private static final String NARROW_CELLS = """
            () => Array.from(document.querySelectorAll('td, th'))
                .filter(c => c.offsetParent !== null && c.textContent.trim().length > 2)
                .filter(c => {
                    // headers kept for screen readers only (visually hidden) are not read on the screen
                    for (let e = c; e && e.tagName !== 'TABLE'; e = e.parentElement) {
                        if (e.getBoundingClientRect().width <= 1) return false;
                    }
                    return true;
                })
                .filter(c => {
                    const style = getComputedStyle(c);
                    const width = c.getBoundingClientRect().width - parseFloat(style.paddingLeft)
                        - parseFloat(style.paddingRight);
                    return width < 2.5 * parseFloat(style.fontSize);
                })
                .slice(0, 5)
                .map(c => c.tagName.toLowerCase() + ' "' + c.textContent.trim().slice(0, 20) + '" '
                    + Math.round(c.getBoundingClientRect().width) + 'px')""";

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
