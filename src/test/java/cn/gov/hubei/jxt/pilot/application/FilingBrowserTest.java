package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.call.NewCall;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From registration to a submitted application in a real browser: a 宜昌 enterprise registers, confirms its e-mail,
 * fills its profile, files a 离散型 + 远程运维服务 project with 工业互联网 through every section page (typing, ticking,
 * adding rows, uploading figures, the stamped 真实性承诺 page and the credit report) and submits it. Screenshots of
 * the overview, one 实施现状 part and the submitted version in target/screenshots.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilingBrowserTest {

    static final String PASSWORD = "Filing#2031xy";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Calls calls;
    @Autowired Clock clock;
    @TempDir Path files;
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
    void anEnterpriseRegistersFillsEverySectionAndSubmitsItsApplication() throws IOException {
        aCallOpenForFiling();
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        String body = String.format("B%07d", n);
        String code = UnifiedSocialCreditCode.forEnterprise("420500", body).value();
        String username = "yc-filing-" + n;
        String enterpriseName = "宜昌三峡智能装备有限公司" + n;
        String projectName = "电机壳体数字化车间与远程运维服务平台建设项目" + n;
        Path figure = png("network.png", Color.decode("#1F4E79"));
        Path commitment = pdf("commitment.pdf");
        Path credit = png("credit.png", Color.decode("#B22222"));

        Page page = browser.newPage();
        page.onDialog(dialog -> dialog.accept()); // the data-confirm questions before submitting

        // registration and the confirmation link from the outbox
        page.navigate("/register");
        page.locator("#username").fill(username);
        page.locator("#enterpriseName").fill(enterpriseName);
        page.locator("#creditCode").fill(code);
        // the division is asked only when the code's area does not determine it; 420500 does
        assertThat(page.locator("#divisionCode")).hasCount(0);
        page.locator("#contactName").fill("陈立新");
        page.locator("#mobile").fill("13907171234");
        page.locator("#email").fill(username + "@example.cn");
        page.locator("#password").fill(PASSWORD);
        page.locator("#passwordConfirmation").fill(PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("main h1")).hasText("注册已提交");
        page.navigate(confirmationLink(username));
        assertThat(page.locator("main")).containsText("邮箱已确认");

        Browser.login(page, username, PASSWORD);

        // 企业基本信息
        page.navigate("/enterprise/profile");
        page.locator("#foundedOn").fill("2015-09-01");
        page.locator("input[name=nature][value=PRIVATE]").check();
        page.locator("#address").fill("湖北省宜昌市西陵区发展大道58号");
        page.locator("#contactName").fill("陈立新");
        page.locator("#contactTitle").fill("信息中心主任");
        page.locator("#contactPhone").fill("0717-6251234");
        page.locator("#contactMobile").fill("13907171234");
        page.locator("#contactFax").fill("0717-6251235");
        page.locator("#contactEmail").fill(username + "@example.cn");
        page.locator("#totalAssets").fill("32500.00");
        page.locator("#debtRatio").fill("41.5");
        page.locator("#creditRating").fill("AA");
        page.locator("#lastYearSales").fill("48600.00");
        page.locator("#lastYearTax").fill("2150.30");
        page.locator("#lastYearProfit").fill("3820.75");
        page.locator("input[name=integrationManagementPilot][value=true]").check();
        page.locator("input[name=smartManufacturingProject][value=false]").check();
        page.locator("#introduction").fill("宜昌三峡智能装备有限公司专注于新能源汽车驱动电机壳体和精密结构件的研发制造，"
                + "拥有压铸、机加工、检测完整产线，是湖北省专精特新企业。");
        page.locator("main form button[type=submit]").last().click();
        page.waitForLoadState();
        assertThat(page.locator(".alert-success")).isVisible();
        page.navigate("/enterprise/profile");
        assertThat(page.locator("#contactTitle")).hasValue("信息中心主任");

        // a new application in the open call
        page.navigate("/applications");
        page.locator("main form[action='/applications'] button[type=submit]").click();
        page.waitForLoadState();
        Matcher idInUrl = Pattern.compile("/applications/(\\d+)").matcher(page.url());
        assertThat(idInUrl.find()).as(page.url()).isTrue();
        String app = "/applications/" + idInUrl.group(1);

        // 项目基本信息
        section(page, app, "basic");
        page.locator("input[name=modes][value=DISCRETE]").check();
        page.locator("input[name=modes][value=REMOTE_OM]").check();
        page.locator("input[name=technologies][value=INDUSTRIAL_INTERNET]").check();
        page.locator("#projectName").fill(projectName);
        page.locator("#divisionCode").selectOption("420500");
        page.locator("#address").fill("湖北省宜昌市西陵区发展大道58号二号厂房");
        page.locator("#startDate").fill("2024-04-01");
        page.locator("#endDate").fill("2026-10-31");
        page.locator("#investment").fill("8650.00");
        page.locator("#summary").fill("建设覆盖压铸、机加工、检测的数字化车间，部署MES、SCADA并与ERP集成，"
                + "建设5G+工业以太网工厂内网和工业互联网平台，面向在役产品提供远程运维服务。");
        save(page);

        for (String narrative : List.of("overview", "advancement")) {
            section(page, app, narrative);
            page.locator("#text").fill("公司现有员工520人，2023年销售收入4.86亿元。\n\n项目总投资8650万元，"
                    + "新增五轴加工中心、工业机器人和在线检测装备，建设数字化车间与远程运维服务平台。");
            save(page);
        }

        // 实施现状: every part has its prompt and a text; the network part gets a figure
        section(page, app, "implementation");
        Locator texts = page.locator("textarea[name^=parts][name$=text]");
        int parts = texts.count();
        assertThat(parts).isEqualTo(7 + 5 + 5);
        for (int i = 0; i < parts; i++) {
            texts.nth(i).fill("第" + (i + 1) + "部分实施情况：已按要求建成并稳定运行，相关数据见下文。\n\n"
                    + "运行一年来，关键指标均达到设计目标，系统之间实现信息互联互通。");
        }
        save(page);
        page.locator("#figureFile-5").setInputFiles(figure);
        page.locator("#figureCaption-5").fill("图 工厂网络架构");
        page.locator("button[name=action][value='upload:5']").click();
        page.waitForLoadState();
        assertThat(page.locator("img[alt='图 工厂网络架构']")).isVisible();
        page.locator("#figureCaption-5").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "filing-implementation-part");
        Browser.assertAccessible(page, "filing-implementation-part");

        // 要素条件自评: 满足 for every condition, 数控化率 82.5
        section(page, app, "self-assessment");
        Locator met = page.locator("input[type=radio][name$=result][value=MET]");
        int conditions = met.count();
        assertThat(conditions).isEqualTo(7 + 5);
        for (int i = 0; i < conditions; i++) {
            met.nth(i).check();
            page.locator("textarea[name='items[" + i + "].evidence']").fill("已建成并运行，详见实施现状相应部分。");
        }
        page.locator("input[name$=figure]").fill("82.5");
        assertThat(page.locator("[id^=threshold-DISCRETE]")).containsText("70");
        save(page);

        // 下一步实施计划: a milestone, the five indicators, 成长性分析
        section(page, app, "plan");
        page.locator("[name='milestones[0].stage']").fill("二期建设");
        page.locator("[name='milestones[0].content']").fill("远程运维服务平台专家系统上线");
        page.locator("[name='milestones[0].start']").fill("2025-07-01");
        page.locator("[name='milestones[0].end']").fill("2025-12-31");
        page.locator("button[name=action][value='add:milestones']").click();
        page.waitForLoadState();
        page.locator("[name='milestones[1].stage']").fill("验收");
        page.locator("[name='milestones[1].content']").fill("项目竣工验收和经验总结");
        page.locator("[name='milestones[1].start']").fill("2026-01-01");
        page.locator("[name='milestones[1].end']").fill("2026-10-31");
        String[][] targets = {{"万元/年", "12000", "9600"}, {"天", "180", "120"}, {"件/人·天", "42", "58"},
                {"%", "2.8", "0.9"}, {"%", "76", "86"}};
        for (int i = 0; i < targets.length; i++) {
            page.locator("[name='targets[" + i + "].unit']").fill(targets[i][0]);
            page.locator("[name='targets[" + i + "].before']").fill(targets[i][1]);
            page.locator("[name='targets[" + i + "].after']").fill(targets[i][2]);
        }
        page.locator("#growth").fill("新能源汽车零部件需求持续增长，项目达产后预计新增销售收入2.5亿元。");
        save(page);
        Browser.screenshot(page, "filing-plan");
        Browser.assertAccessible(page, "filing-plan");
        assertThat(page.locator("[name='targets[0].after']")).hasValue("9600");
        assertThat(page.locator("#change-OPERATING_COST")).containsText("20");

        // 示范推广分析
        section(page, app, "scenarios");
        page.locator("[name='scenarios[0].name']").fill("压铸件在线视觉检测");
        page.locator("[name='scenarios[0].stage']").selectOption("MANUFACTURING");
        page.locator("[name='scenarios[0].problem']").fill("铸件缺陷依赖人工目检，漏检率高。");
        page.locator("[name='scenarios[0].solution']").fill("部署视觉检测工作站并与MES质量模块集成。");
        page.locator("[name='scenarios[0].effect']").fill("漏检率由0.8%降至0.05%。");
        save(page);

        // 相关附件: equipment of each origin, a patent, the stamped page and the credit report
        section(page, app, "attachments");
        String[][] equipment = {
                {"五轴立式加工中心", "CNC_ROBOT", "华中数控", "武汉华中数控股份有限公司", "DOMESTIC_HUBEI", "12"},
                {"在线视觉检测系统", "INSPECTION_ASSEMBLY", "海康机器人", "杭州海康机器人股份有限公司", "DOMESTIC_OTHER", "6"},
                {"三坐标测量机", "INSPECTION_ASSEMBLY", "ZEISS", "卡尔蔡司（上海）管理有限公司", "IMPORTED", "2"}};
        for (int i = 0; i < equipment.length; i++) {
            if (page.locator("[name='equipment[" + i + "].name']").count() == 0) {
                page.locator("button[name=action][value='add:equipment']").click();
                page.waitForLoadState();
            }
            String[] e = equipment[i];
            page.locator("[name='equipment[" + i + "].name']").fill(e[0]);
            page.locator("[name='equipment[" + i + "].category']").selectOption(e[1]);
            page.locator("[name='equipment[" + i + "].brand']").fill(e[2]);
            page.locator("[name='equipment[" + i + "].supplier']").fill(e[3]);
            page.locator("[name='equipment[" + i + "].origin']").selectOption(e[4]);
            page.locator("[name='equipment[" + i + "].quantity']").fill(e[5]);
        }
        if (page.locator("[name='patents[0].number']").count() == 0) {
            page.locator("button[name=action][value='add:patents']").click();
            page.waitForLoadState();
        }
        page.locator("[name='patents[0].number']").fill("ZL202110345678.2");
        page.locator("[name='patents[0].title']").fill("一种电机壳体铸造缺陷视觉检测方法");
        page.locator("[name='patents[0].type']").selectOption("INVENTION");
        page.locator("[name='patents[0].date']").fill("2023-04-18");
        page.locator("#creditSource").selectOption("CREDIT_CHINA");
        page.locator("#creditCheckedOn").fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .minusDays(1).toString());
        save(page);
        page.locator("#file-COMMITMENT").setInputFiles(commitment);
        page.locator("button[name=action][value='upload:COMMITMENT']").click();
        page.waitForLoadState();
        page.locator("#file-CREDIT_REPORT").setInputFiles(credit);
        page.locator("button[name=action][value='upload:CREDIT_REPORT']").click();
        page.waitForLoadState();
        assertThat(page.locator("main")).containsText("commitment.pdf");
        assertThat(page.locator("main")).containsText("credit.png");

        // the overview: every section 已完成, then submit
        page.navigate(app);
        Locator states = page.locator("[id^=state-]");
        assertThat(states).hasCount(SectionKey.values().length);
        for (int i = 0; i < SectionKey.values().length; i++) {
            assertThat(states.nth(i)).hasText("已完成");
        }
        Browser.screenshot(page, "filing-overview");
        Browser.assertAccessible(page, "filing-overview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交至推荐单位")).click();
        page.waitForLoadState();
        assertThat(page.locator("main .alert-info strong")).hasText("已提交");

        // the read-only submitted version
        page.navigate(app + "/versions/1");
        assertThat(page.locator("main .breadcrumb-item.active")).hasText("申报书（第1版）");
        assertThat(page.locator("main article header dd").first()).hasText(projectName);
        assertThat(page.locator("main article")).containsText(enterpriseName);
        assertThat(page.locator("main article")).containsText("图 工厂网络架构");
        assertThat(page.locator("main article")).containsText("三坐标测量机");
        assertThat(page.locator("main article")).containsText("陈立新"); // the profile as submitted
        Browser.screenshot(page, "filing-submitted");
        Browser.assertAccessible(page, "filing-submitted");
        page.navigate(app);
        assertThat(page.locator("main .alert-info")).containsText("第1版");

        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void section(Page page, String app, String key) {
        page.navigate(app + "/sections/" + key);
    }

    /** Saves explicitly, after any htmx autosave in flight has answered with the section's new version. */
    private static void save(Page page) {
        Browser.settle(page);
        page.locator("button[name=action][value=save]").click();
        page.waitForLoadState();
        assertThat(page.locator(".alert-success")).containsText("已保存");
    }

    private String confirmationLink(String username) {
        Pattern link = Pattern.compile("用户名：" + Pattern.quote(username) + "）.*?(/register/confirm/[A-Za-z0-9_-]{43})",
                Pattern.DOTALL);
        for (String body : jdbc.sql("select body from mail_outbox order by id desc").query(String.class).list()) {
            Matcher m = link.matcher(body);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no confirmation link was mailed to " + username);
    }

    private Path png(String name, Color color) throws IOException {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 240);
        g.setColor(color);
        g.drawRect(40, 80, 140, 60);
        g.drawRect(300, 80, 140, 60);
        g.drawLine(180, 110, 300, 110);
        g.dispose();
        Path path = files.resolve(name);
        ImageIO.write(image, "png", path.toFile());
        return path;
    }

    /** A minimal one-page PDF, as a scanner would produce for the stamped page. */
    private Path pdf(String name) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            Path path = files.resolve(name);
            document.save(path.toFile());
            return path;
        }
    }

    /**
     * Other tests move their clocks past the deadlines of the calls they find, and those transitions are kept in the
     * shared database; this test files in a call of its own when none is open by the real clock.
     */
    private void aCallOpenForFiling() {
        if (!calls.openForFiling().isEmpty()) {
            return;
        }
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        ZonedDateTime opens = LocalDate.now(clock.withZone(shanghai)).minusDays(1).atStartOfDay(shanghai);
        CallSummary call = calls.create(new NewCall(opens.getYear(), opens.getYear() + "年浏览器测试遴选", null,
                opens.toInstant(), opens.plusDays(30).toInstant(), opens.plusDays(40).toInstant(), 5, 3, "2020"),
                "browser-test");
        calls.publish(call.id(), "browser-test");
    }
}
