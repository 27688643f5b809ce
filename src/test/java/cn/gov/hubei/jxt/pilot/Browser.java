package cn.gov.hubei.jxt.pilot;

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

/**
 * Headless Chromium from the operating system ({@code /usr/bin/chromium}, installed by {@code .ci/run}) driven by
 * Playwright. Collects console errors (a Content-Security-Policy violation shows up there) and writes screenshots
 * under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;
    private final List<String> consoleErrors = new ArrayList<>();

    public Browser(int port) {
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
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900).setBaseURL(baseUrl));
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
        page.locator("[data-bs-toggle=dropdown]").first().click();
        page.locator("form[action='/logout'] button").click();
        page.waitForLoadState();
    }

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

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
