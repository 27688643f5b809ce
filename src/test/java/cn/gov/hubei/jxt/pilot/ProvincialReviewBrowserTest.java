package cn.gov.hubei.jxt.pilot;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.expert.ExpertPool;
import cn.gov.hubei.jxt.pilot.expert.Experts;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.SentToProvince;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provincial review end to end in a real browser, each step through the pages as the person does it (seed §五(四)):
 * the office imports experts from the .xlsx template (a bad row first) and creates their accounts; creates a meeting
 * for the call, draws with a seed, cancels and draws again with the same seed (the same seats), verifies; an expert
 * accepts, signs the pledge, scores both applications and submits; the expert with a conflict of interest opens
 * nothing of the conflicting application by any address; an inspection team records and signs off a site visit and
 * the 现场核查表 downloads; the office reads the aggregated results and records the proposal; the applicant and the
 * recommender see nothing of it. axe-core on every page, screenshots {@code review-*.png} at desktop and 390 px.
 */
@BrowserTest
class ProvincialReviewBrowserTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 28, 10, 0);
    static final LocalDate VISIT_DAY = LocalDate.of(2026, 5, 6);
    static final LocalDate MEETING_DAY = LocalDate.of(2026, 5, 8);
    static final String NEW_PASSWORD = "Pingshen#2026z";
    static final List<String> HEADER = List.of("姓名", "工作单位", "单位统一社会信用代码", "所属集团", "职称/职务",
            "专业领域", "熟悉行业", "所在地区", "联系电话", "电子邮箱");
    static final CurrentUser SETUP = new CurrentUser(0, "review-setup", "review-setup", Set.of(Role.OFFICER), null,
            null, false);

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews formalReviews;
    @Autowired ExpertPool pool;
    @Autowired Experts experts;
    @TempDir Path files;

    private final List<Long> setAside = new ArrayList<>();
    private Browser browser;
    private final Map<String, Page> phones = new HashMap<>();

    @AfterEach
    void restore() {
        for (long id : setAside) {
            pool.activate(id, "测试结束", SETUP);
        }
        setAside.clear();
    }

    record Filed(long id, Enterprise enterprise, String applicant, String project) {
    }

    @Test
    void theWholeProvincialReviewThroughThePages() throws Exception {
        // ---------------------------------------------------------------------------------------- 1. set-up
        Filing filing = new Filing(null, calls, enterprises, users, clock);
        clock.set(NOW);
        CallSummary call = calls.publish(calls.create(CallFixtures.aCallOpeningAt(NOW.minusDays(1)).quota(null)
                .build(), "review-test").id(), "review-test");
        String tag = String.valueOf(call.id());
        Filed a = passed(filing, call.id(), "宜昌化工数字化车间" + tag);
        Filed b = passed(filing, call.id(), "宜昌食品智能工厂" + tag);
        assertThat(applications.find(a.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.FORMAL_PASSED);
        assertThat(applications.find(b.id(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.FORMAL_PASSED);
        String officer = filing.account(Role.OFFICER, null, null);
        String recommender = filing.account(Role.RECOMMENDER, null, "420500");

        List<String> names = List.of("周建国" + tag, "李慧敏" + tag, "王志强" + tag, "陈静" + tag, "刘洋" + tag,
                "杨帆" + tag, "赵磊" + tag, "黄丽" + tag);
        String conflictedName = names.get(7);

        try (Browser opened = new Browser(port)) {
            browser = opened;
            Page page = browser.newPage();
            page.onDialog(dialog -> dialog.accept());

            // ------------------------------------------------------------------- 2. import experts, accounts
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/experts/import");
            look(page, officer, "review-import");
            List<List<String>> rows = new ArrayList<>();
            for (String name : names) {
                boolean conflicted = name.equals(conflictedName);
                rows.add(List.of(name, conflicted ? a.enterprise().name() : "华中科技大学",
                        conflicted ? a.enterprise().creditCode() : "", "", "教授级高级工程师", "离散型智能制造", "",
                        "", "", ""));
            }
            List<List<String>> bad = new ArrayList<>(rows);
            bad.set(3, List.of(names.get(3), "武汉理工大学", "", "", "研究员", "未知型智能制造", "", "", "", ""));
            Path badFile = files.resolve("专家导入-有误.xlsx");
            Files.write(badFile, workbook(bad));
            page.locator("#file").setInputFiles(badFile);
            page.locator("form[action='/experts/import'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#import-result"))
                    .hasText("第 5 行有错误，未导入任何专家。请修改后重新导入，或勾选“只导入正确的行”。");
            assertThat(page.locator("#import-problems tbody tr")).hasCount(1);
            assertThat(page.locator("#import-problems tbody tr td").nth(0)).hasText("5");
            assertThat(page.locator("#import-problems tbody tr td").nth(1)).hasText("专业领域");
            assertThat(page.locator("#import-problems tbody tr td").nth(2)).hasText("没有名为“未知型智能制造”的专业领域。");
            assertThat(experts.active().stream().filter(e -> names.contains(e.name()))).isEmpty();
            Browser.screenshot(page, "review-import-refused");
            Browser.assertAccessible(page, "review-import-refused");

            Path goodFile = files.resolve("专家导入.xlsx");
            Files.write(goodFile, workbook(rows));
            page.locator("#file").setInputFiles(goodFile);
            page.locator("form[action='/experts/import'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#import-result")).hasText("已导入 8 位专家（共 8 行）。");
            assertThat(page.locator("#imported-experts li")).hasCount(8);
            Map<String, Long> expertIds = new LinkedHashMap<>();
            for (Locator link : page.locator("#imported-experts li a").all()) {
                expertIds.put(link.textContent().strip(),
                        Long.parseLong(link.getAttribute("href").replaceAll(".*/", "")));
            }
            assertThat(expertIds.keySet()).containsExactlyInAnyOrderElementsOf(names);
            Browser.screenshot(page, "review-import-done");
            Browser.assertAccessible(page, "review-import-done");
            long conflicted = expertIds.get(conflictedName);

            // the pool of the draw is exactly these eight (other tests' experts set aside for the test's length)
            for (var e : experts.active()) {
                if (!expertIds.containsValue(e.id())) {
                    pool.deactivate(e.id(), "测试：暂不参加抽取", SETUP);
                    setAside.add(e.id());
                }
            }

            page.navigate("/experts");
            page.locator("form[action='/experts/accounts'] button[type=submit]").click();
            page.waitForLoadState();
            Map<String, String[]> logins = new HashMap<>();
            for (Locator row : page.locator("#created-accounts tbody tr").all()) {
                String name = row.locator("td").nth(0).textContent().strip();
                if (names.contains(name)) {
                    logins.put(name, new String[]{row.locator("td").nth(1).textContent().strip(),
                            row.locator("td").nth(2).textContent().strip()});
                }
            }
            assertThat(logins.keySet()).containsExactlyInAnyOrderElementsOf(names);
            look(page, null, "review-expert-accounts");

            // --------------------------------------------------------------- 3. the meeting and its draw
            page.navigate("/meetings?call=" + call.id());
            look(page, officer, "review-meetings");
            page.locator("#new-meeting").click();
            page.waitForLoadState();
            page.locator("#callId").selectOption(String.valueOf(call.id()));
            String title = "2026年智能制造试点示范项目专家评审会" + tag;
            page.locator("#title").fill(title);
            page.locator("#meetingDate").fill(MEETING_DAY.toString());
            page.locator("#place").fill("湖北省经济和信息化厅三楼会议室");
            page.locator("#expertsPerApplication").fill("5");
            page.locator("#coverage").fill("3");
            page.locator("#loadCap").fill("2");
            page.locator("#reservesPerGroup").fill("1");
            Browser.screenshot(page, "review-meeting-new");
            Browser.assertAccessible(page, "review-meeting-new");
            page.locator("form[action='/meetings'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#meeting-status")).hasText("筹备中");
            String meetingPath = page.url().replaceAll("^https?://[^/]+", "");
            long meetingId = Long.parseLong(meetingPath.replaceAll(".*/", ""));
            page.locator("#auto-group").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("列入 2 个项目");
            assertThat(page.locator("tr[data-application]")).hasCount(2);

            page.locator("#seed").fill("20260508");
            page.locator("#draw").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).hasText("专家已抽取，邀请已发出。");
            assertThat(page.locator("#draw-seed")).hasText("20260508");
            TreeMap<Long, TreeSet<Long>> first = seats(page);
            assertThat(first.keySet()).containsExactlyInAnyOrder(a.id(), b.id());
            assertThat(first.get(a.id())).hasSize(5).doesNotContain(conflicted);
            assertThat(first.get(b.id())).hasSize(5);
            String digest = page.locator("#draw-digest").textContent();
            look(page, officer, "review-meeting-drawn");

            page.locator("#cancel-draw").click();
            page.waitForLoadState();
            assertThat(page.locator("#meeting-status")).hasText("筹备中");
            assertThat(page.locator("li[data-seat]")).hasCount(0);
            page.locator("#seed").fill("20260508");
            page.locator("#draw").click();
            page.waitForLoadState();
            assertThat(seats(page)).isEqualTo(first);
            assertThat(page.locator("#draw-digest")).hasText(digest);
            page.locator("#verify").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("复核一致");
            Browser.screenshot(page, "review-meeting-verified");
            Browser.assertAccessible(page, "review-meeting-verified");

            // the expert who scores: seated on both applications (two seats at most each: some sit on both)
            long scorer = first.get(a.id()).stream().filter(first.get(b.id())::contains).findFirst().orElseThrow();
            String scorerName = name(expertIds, scorer);
            assertThat(first.get(b.id())).contains(conflicted);

            // ------------------------------------------------------------ 6. the site visit (before the meeting)
            String leader = logins.get(names.get(0))[0];
            String member = recommender;
            String team = "宜昌市核查组" + tag;
            page.navigate("/site-visits?call=" + call.id());
            page.locator("#team-name").fill(team);
            page.locator("#team-division").selectOption("420500");
            page.locator("#team-leader").fill(leader);
            page.locator("#team-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已组建核查组“" + team + "”。");
            page.locator("#member-username").fill(member);
            page.locator("#member-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已加入核查组。");
            look(page, officer, "review-sitevisit-team");
            page.navigate("/site-visits?call=" + call.id());
            page.locator("#plan-team").selectOption(new SelectOption().setLabel(team + "（宜昌市）"));
            page.locator("#plan-application").selectOption(String.valueOf(a.id()));
            page.locator("#plan-date").fill(VISIT_DAY.toString());
            page.locator("#plan-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).containsText(VISIT_DAY.toString());
            look(page, officer, "review-sitevisit-plan");
            Browser.logout(page);

            Browser.login(page, member, Filing.PASSWORD);
            page.navigate("/site-visits");
            Locator visitLink = page.locator("a[href^='/site-visits/visits/']").filter(
                    new Locator.FilterOptions().setHasText(a.project()));
            if (visitLink.count() == 0) {
                visitLink = page.locator("a[href^='/site-visits/visits/']");
            }
            String visitPath = visitLink.first().getAttribute("href");
            page.navigate(visitPath);
            int items = page.locator("#items-section .card").count();
            assertThat(items).isGreaterThan(8);
            for (int i = 0; i < items; i++) {
                page.navigate(visitPath);
                Locator item = page.locator("#items-section .card").nth(i);
                if (i == 1) {
                    item.locator("input[value=MOSTLY_TRUE]").check();
                    item.locator("textarea").fill("资产负债率略高于申报数据");
                } else {
                    item.locator("input[value=TRUE]").check();
                }
                item.locator("button[type=submit]").click();
                page.waitForLoadState();
                assertThat(page.locator(".alert-success")).hasText("已保存核查结果。");
            }
            page.navigate(visitPath);
            page.locator("#conclusion-CONFIRMED_WITH_REMARKS").check();
            page.locator("#conclusion-summary").fill("现场情况与申报材料基本一致。");
            page.locator("#conclusion-form button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已保存核查结论。");
            look(page, member, "review-sitevisit-record");
            Browser.logout(page);

            expertLogin(page, logins.get(names.get(0)));
            page.navigate(visitPath);
            page.locator("#sign-off button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("核查记录已签署并锁定。");
            assertThat(page.locator("#visit-status")).hasText("已签署");
            look(page, logins.get(names.get(0))[0], "review-sitevisit-signed-off");
            Download download = page.waitForDownload(() -> page.locator("#sheet-link").click());
            Path sheet = files.resolve("现场核查表.docx");
            download.saveAs(sheet);
            try (InputStream in = Files.newInputStream(sheet); XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("智能制造试点示范项目现场核查表");
                assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo(a.project());
            }
            Browser.logout(page);

            // ---------------------------------------------- 4. the expert accepts, pledges; the meeting starts
            expertLogin(page, logins.get(scorerName));
            page.navigate("/meetings/invitations");
            Locator card = page.locator("article[data-meeting='" + meetingId + "']");
            assertThat(card).containsText(title);
            card.locator("form[action$='/invitation/accept'] button").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("您已接受邀请");
            card = page.locator("article[data-meeting='" + meetingId + "']");
            assertThat(card).containsText(a.enterprise().name());
            assertThat(card).containsText(a.project());
            assertThat(card).containsText(b.enterprise().name());
            assertThat(card).containsText(b.project());
            for (String other : names) {
                assertThat(page.locator("main")).not().containsText(other);
            }
            card.locator("form[action$='/invitation/pledge'] button").click();
            page.waitForLoadState();
            assertThat(page.locator("#flash-success")).containsText("承诺已签署");
            assertThat(page.locator("[data-pledged='" + meetingId + "']")).isVisible();
            look(page, logins.get(scorerName)[0], "review-invitation-pledged");
            Browser.logout(page);

            // the other experts who score accept and sign too: all of application a's panel, and one more of b's
            // (the conflicted expert when drawn for b)
            List<Long> panelA = new ArrayList<>(first.get(a.id()));
            long secondB = first.get(b.id()).contains(conflicted) ? conflicted
                    : first.get(b.id()).stream().filter(id -> id != scorer).findFirst().orElseThrow();
            Set<Long> accepting = new java.util.TreeSet<>(panelA);
            accepting.add(secondB);
            accepting.remove(scorer);
            for (long id : accepting) {
                expertLogin(page, logins.get(name(expertIds, id)));
                page.navigate("/meetings/invitations");
                card = page.locator("article[data-meeting='" + meetingId + "']");
                card.locator("form[action$='/invitation/accept'] button").click();
                page.waitForLoadState();
                card = page.locator("article[data-meeting='" + meetingId + "']");
                if (id == conflicted) {
                    assertThat(card).containsText(b.project());
                    assertThat(card).not().containsText(a.project());
                }
                card.locator("form[action$='/invitation/pledge'] button").click();
                page.waitForLoadState();
                assertThat(page.locator("[data-pledged='" + meetingId + "']")).isVisible();
                Browser.logout(page);
            }

            clock.set(MEETING_DAY.atTime(9, 0));
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate(meetingPath);
            page.locator("#start").click();
            page.waitForLoadState();
            assertThat(page.locator("#meeting-status")).hasText("评审中");
            Browser.screenshot(page, "review-meeting-started");
            Browser.assertAccessible(page, "review-meeting-started");
            Browser.logout(page);

            // ------------------------------------------- 4. (cont.) the expert scores both applications, submits
            Map<Long, Map<Long, String[]>> scores = new LinkedHashMap<>();  // application → expert → scores
            List<String[]> forA = List.of(
                    new String[]{"18", "17", "22", "8", "13", "9"},        // 87.00
                    new String[]{"15.5", "15.5", "20", "7", "12", "8"},    // 78.00
                    new String[]{"19", "18", "23", "9", "14", "9"},        // 92.00
                    new String[]{"15", "14", "19", "7", "11", "7"},        // 73.00
                    new String[]{"17", "16", "21", "8", "12", "8"});       // 82.00
            List<Long> orderA = new ArrayList<>(panelA);
            orderA.remove(scorer);
            orderA.add(0, scorer);
            scores.put(a.id(), new LinkedHashMap<>());
            for (int i = 0; i < orderA.size(); i++) {
                scores.get(a.id()).put(orderA.get(i), forA.get(i));
            }
            scores.put(b.id(), new LinkedHashMap<>());
            scores.get(b.id()).put(scorer, new String[]{"17", "16", "21", "8", "12", "8"});  // 82.00
            scores.get(b.id()).put(secondB, new String[]{"14", "13", "18", "6", "10", "7"}); // 68.00

            String scorerLogin = logins.get(scorerName)[0];
            expertLogin(page, logins.get(scorerName));
            page.navigate("/review");
            look(page, scorerLogin, "review-workspace");
            assertThat(page.locator("a[href='/review/meetings/" + meetingId + "/applications/" + a.id() + "']"))
                    .isVisible();
            assertThat(page.locator("a[href='/review/meetings/" + meetingId + "/applications/" + b.id() + "']"))
                    .isVisible();
            for (long app : List.of(a.id(), b.id())) {
                page.navigate("/review");
                page.locator("a[href='/review/meetings/" + meetingId + "/applications/" + app + "']").click();
                page.waitForLoadState();
                String[] mine = scores.get(app).get(scorer);
                for (int c = 0; c < CRITERIA.size(); c++) {
                    page.locator("#score-" + CRITERIA.get(c)).fill(mine[c]);
                    page.locator("#comment-" + CRITERIA.get(c)).fill("评语" + (c + 1) + "：材料翔实，数据可信。");
                }
                page.locator("#opinion").fill("项目总体达到示范要求，建议关注数据口径。");
                Browser.settle(page);
                // leaving the field autosaves (htmx, change delay 800 ms)
                com.microsoft.playwright.Response autosave = page.waitForResponse(
                        r -> r.url().endsWith("/sheet") && "POST".equals(r.request().method()),
                        () -> page.locator("#opinion").press("Tab"));
                assertThat(autosave.status()).isEqualTo(200);
                Browser.settle(page);
                assertThat(page.locator("#save-status")).containsText("已自动保存");
                // the autosave kept everything: the page opened again shows it
                page.reload();
                for (int c = 0; c < CRITERIA.size(); c++) {
                    assertThat(page.locator("#score-" + CRITERIA.get(c))).hasValue(
                            new java.math.BigDecimal(mine[c]).setScale(2).toPlainString());
                    assertThat(page.locator("#comment-" + CRITERIA.get(c)))
                            .hasValue("评语" + (c + 1) + "：材料翔实，数据可信。");
                }
                assertThat(page.locator("#opinion")).hasValue("项目总体达到示范要求，建议关注数据口径。");
                if (app == a.id()) {
                    look(page, scorerLogin, "review-sheet-draft");
                }
                submitOnThePage(page);
                assertThat(page.locator("#score-ADVANCEMENT")).isDisabled();
                assertThat(page.locator("#score-ADVANCEMENT")).hasValue(new java.math.BigDecimal(mine[0]).setScale(2)
                        .toPlainString());
                assertThat(page.locator("button[name=action][value=submit]")).hasCount(0);
                assertThat(page.locator("main")).containsText(total(mine).toPlainString());
            }
            look(page, scorerLogin, "review-sheet-submitted");
            // locked: a save of the submitted sheet changes nothing
            String sheetA = "/review/meetings/" + meetingId + "/applications/" + a.id();
            page.navigate(sheetA);
            APIResponse late = page.request().put("/api/v1" + sheetA + "/sheet",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setHeader("Content-Type", "application/json")
                            .setHeader(page.locator("meta[name=_csrf_header]").getAttribute("content"), csrf(page))
                            .setData("{\"scores\":{\"ADVANCEMENT\":\"1\"},\"comments\":{},\"opinion\":\"改过的意见\","
                                    + "\"version\":99}"));
            assertThat(late.status()).as(late.text()).isEqualTo(409);
            page.reload();
            assertThat(page.locator("#score-ADVANCEMENT")).hasValue(
                    new java.math.BigDecimal(scores.get(a.id()).get(scorer)[0]).setScale(2).toPlainString());
            assertThat(page.locator("#opinion")).hasValue("项目总体达到示范要求，建议关注数据口径。");
            Browser.logout(page);

            // the others score through the same page (without the autosave's checks)
            for (var entry : scores.entrySet()) {
                for (var sheetScores : entry.getValue().entrySet()) {
                    if (sheetScores.getKey() == scorer) {
                        continue;
                    }
                    expertLogin(page, logins.get(name(expertIds, sheetScores.getKey())));
                    page.navigate("/review/meetings/" + meetingId + "/applications/" + entry.getKey());
                    for (int c = 0; c < CRITERIA.size(); c++) {
                        page.locator("#score-" + CRITERIA.get(c)).fill(sheetScores.getValue()[c]);
                        page.locator("#comment-" + CRITERIA.get(c)).fill("符合要求。");
                    }
                    page.locator("#opinion").fill("同意。");
                    submitOnThePage(page);
                    assertThat(page.locator("#score-ADVANCEMENT")).isDisabled();
                    Browser.logout(page);
                }
            }

            // ------------------------------------------ 5. the conflicted expert opens nothing of application a
            expertLogin(page, logins.get(conflictedName));
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String url : List.of("/applications/" + a.id(),
                    "/applications/" + a.id() + "/versions/1",
                    "/applications/" + a.id() + "/documents/application.docx",
                    "/applications/" + a.id() + "/documents/application.pdf",
                    "/api/v1/applications/" + a.id(),
                    "/api/v1/applications/" + a.id() + "/documents/application.docx",
                    "/review/meetings/" + meetingId + "/applications/" + a.id(),
                    "/api/v1/review/meetings/" + meetingId + "/applications/" + a.id() + "/sheet",
                    visitPath,
                    visitPath + "/sheet.docx")) {
                APIResponse response = page.request().get(url);
                answers.put(url, response.status());
            }
            page.navigate("/review");
            APIResponse put = page.request().put("/api/v1/review/meetings/" + meetingId + "/applications/" + a.id()
                    + "/sheet", com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setHeader(page.locator("meta[name=_csrf_header]").getAttribute("content"), csrf(page))
                    .setData("{\"version\":0,\"scores\":{\"ADVANCEMENT\":\"20\"},\"comments\":{},\"opinion\":\"x\"}"));
            answers.put("PUT review API sheet", put.status());
            System.out.println("conflicted expert's answers: " + answers);
            assertThat(answers).allSatisfy((url, status) -> assertThat(status).as(url).isIn(403, 404));
            page.navigate("/review");
            assertThat(page.locator("a[href='/review/meetings/" + meetingId + "/applications/" + a.id() + "']"))
                    .hasCount(0);
            assertThat(page.locator("main")).not().containsText(a.project());
            Browser.logout(page);

            // ------------------------------------------------- 7. the aggregated table and the proposal
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/review");
            look(page, officer, "review-office");
            page.navigate("/review/meetings/" + meetingId + "/results");
            Locator rowA = page.locator("section.mb-5 tbody tr").filter(new Locator.FilterOptions()
                    .setHas(page.locator("#proposed-" + a.id())));
            Locator rowB = page.locator("section.mb-5 tbody tr").filter(new Locator.FilterOptions()
                    .setHas(page.locator("#proposed-" + b.id())));
            // a: five sheets 87, 78, 92, 73, 82 — the highest and the lowest dropped: (87 + 78 + 82) / 3
            assertThat(rowA.locator("td").nth(6)).hasText("82.33");
            assertThat(rowA.locator("td").nth(5)).hasText("5/5");
            assertThat(rowA.locator("td").nth(7)).containsText("19.00");
            assertThat(rowA.locator("td").nth(8)).containsText("6.65");
            assertThat(rowA.locator("td").nth(0)).hasText("1");
            assertThat(rowA.locator("td").nth(4)).hasText("基本通过");
            // b: two sheets 82 and 68, below five the plain mean
            assertThat(rowB.locator("td").nth(6)).hasText("75.00");
            assertThat(rowB.locator("td").nth(5)).hasText("2/5");
            assertThat(rowB.locator("td").nth(7)).containsText("14.00");
            assertThat(rowB.locator("td").nth(8)).containsText("7.00");
            assertThat(rowB.locator("td").nth(0)).hasText("2");
            assertThat(rowA.locator("td").nth(9)).hasText(normalised(scores, a.id()));
            assertThat(rowB.locator("td").nth(9)).hasText(normalised(scores, b.id()));
            look(page, officer, "review-results");

            page.locator("#proposed-" + a.id()).check();
            page.locator("#proposed-" + b.id()).uncheck();
            page.locator("#reason-" + b.id()).fill("综合得分低于拟公示分数线");
            page.locator("section.mb-5 form button[type=submit]").first().click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success").first()).containsText("已记录 2 个项目的拟公示意见");
            rowA = page.locator("section.mb-5 tbody tr").filter(new Locator.FilterOptions()
                    .setHas(page.locator("#proposed-" + a.id())));
            rowB = page.locator("section.mb-5 tbody tr").filter(new Locator.FilterOptions()
                    .setHas(page.locator("#proposed-" + b.id())));
            assertThat(rowA).containsText("已记录：拟公示（第 1 次");
            assertThat(rowB).containsText("已记录：不拟公示（第 1 次");
            assertThat(page.locator("#reason-" + b.id())).hasValue("综合得分低于拟公示分数线");
            look(page, officer, "review-proposal");
            Browser.logout(page);

            // ------------------------------------------------- 8. the applicant and the recommender see nothing
            List<String> secrets = new ArrayList<>(names);
            secrets.addAll(List.of("82.33", "75.00", "拟公示", "综合得分低于拟公示分数线",
                    "项目总体达到示范要求"));
            Browser.login(page, a.applicant(), Filing.PASSWORD);
            for (String url : List.of("/", "/applications/" + a.id(), "/inbox")) {
                page.navigate(url);
                for (String secret : secrets) {
                    assertThat(page.locator("body")).not().containsText(secret);
                }
            }
            page.navigate("/applications/" + a.id());
            look(page, a.applicant(), "review-applicant-application");
            for (String url : List.of("/api/v1/applications/" + a.id(), "/api/v1/inbox")) {
                String body = page.request().get(url).text();
                for (String secret : secrets) {
                    assertThat(body).as(url).doesNotContain(secret);
                }
            }
            for (String url : List.of("/review", "/review/meetings/" + meetingId + "/results",
                    "/api/v1/review/meetings/" + meetingId + "/results",
                    "/api/v1/review/meetings/" + meetingId + "/proposals",
                    "/review/meetings/" + meetingId + "/applications/" + a.id(), meetingPath)) {
                assertThat(page.request().get(url).status()).as(url).isIn(403, 404);
            }
            Browser.logout(page);

            Browser.login(page, recommender, Filing.PASSWORD);
            for (String url : List.of("/", "/applications/" + a.id(), "/inbox")) {
                page.navigate(url);
                for (String secret : secrets) {
                    assertThat(page.locator("body")).not().containsText(secret);
                }
            }
            page.navigate("/applications/" + a.id());
            look(page, recommender, "review-recommender-application");
            for (String url : List.of("/api/v1/applications/" + a.id(), "/api/v1/inbox")) {
                String body = page.request().get(url).text();
                for (String secret : secrets) {
                    assertThat(body).as(url).doesNotContain(secret);
                }
            }
            for (String url : List.of("/review/meetings/" + meetingId + "/results",
                    "/api/v1/review/meetings/" + meetingId + "/results",
                    "/api/v1/review/meetings/" + meetingId + "/proposals", meetingPath)) {
                assertThat(page.request().get(url).status()).as(url).isIn(403, 404);
            }

            System.out.println("phone layout problems: " + layout);
            // known: the results' twelve columns, and the application's plan and equipment tables, on a phone
            assertThat(layout).allMatch(m -> m.startsWith("review-results-phone") || m.startsWith("review-proposal-phone")
                    || m.matches("review-(recommender|applicant)-application-phone .*"));
            System.out.println("console errors: " + browser.consoleErrors());
            assertThat(browser.consoleErrors()).allMatch(e -> e.contains("404") || e.contains("403")
                    || e.contains("/review/meetings/" + meetingId + "/applications/") && e.contains("400"));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** An application of a new enterprise of 宜昌, submitted, recommended, sent and passed formal review. */
    private Filed passed(Filing filing, long callId, String project) {
        Enterprise enterprise = filing.enterprise("420500");
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(callId, enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, project);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        SectionContent.Attachments at = (SectionContent.Attachments) applications.draft(id, scope)
                .section(SectionKey.ATTACHMENTS).content();
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, new SectionContent.Attachments(at.equipment(),
                at.patents(), at.commitmentFileId(), at.creditReportFileId(), at.creditSource(), "2026-03-02",
                at.otherFileIds()), applicant);
        applications.submit(id, scope, "submit-" + id, applicant);
        new SentToProvince(recommendations).recommendAndSubmit(id, callId, "420500");
        formalReviews.decide(new FormalDecision(id, 1, ApplicationStatus.RECOMMENDED, FormalReviewOutcome.PASS,
                List.of(), null, null), SETUP);
        return new Filed(id, enterprise, applicant, project);
    }

    /** Signs in with the initial password shown to the officer; chooses a new one when the system asks. */
    private void expertLogin(Page page, String[] login) {
        Browser.login(page, login[0], login[1]);
        if (page.url().contains("/account/password")) {
            page.locator("#currentPassword").fill(login[1]);
            page.locator("#newPassword").fill(NEW_PASSWORD);
            page.locator("#confirmation").fill(NEW_PASSWORD);
            page.locator("form[action='/account/password'] button[type=submit]").click();
            page.waitForLoadState();
            login[1] = NEW_PASSWORD;
        }
        passwords.put(login[0], login[1]);
        assertThat(page.url()).doesNotContain("/login");
    }

    /**
     * Checks the page with axe-core and takes its screenshot at desktop width; when {@code username} is given, opens
     * the same address on a phone signed in as that person and does the same there ({@code name-phone}).
     */
    private void look(Page page, String username, String name) {
        Browser.screenshot(page, name);
        Browser.assertAccessible(page, name);
        if (username == null) {
            return;
        }
        Page phone = phones.computeIfAbsent(username, u -> {
            Page p = browser.newPhonePage();
            p.onDialog(dialog -> dialog.accept());
            return p;
        });
        phone.navigate(page.url());
        if (phone.url().contains("/login")) {
            Browser.login(phone, username, passwords.getOrDefault(username, Filing.PASSWORD));
            phone.navigate(page.url());
        }
        Browser.screenshot(phone, name + "-phone");
        Browser.assertAccessible(phone, name + "-phone");
        try {
            Browser.assertNoHorizontalScroll(phone, name + "-phone");
        } catch (AssertionError e) {
            // kept for the report (the results' twelve columns on a phone), not a stop of the path
            layout.add(e.getMessage());
        }
    }

    private final List<String> layout = new ArrayList<>();

    private final Map<String, String> passwords = new HashMap<>();

    /** Submits the sheet with the page's own button (no autosave pending: the page settles first). */
    private static void submitOnThePage(Page page) {
        Browser.settle(page);
        page.locator("button[name=action][value=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("main .alert-success")).isVisible();
        assertThat(page.locator("#score-ADVANCEMENT")).isDisabled();
    }

    static final List<String> CRITERIA = List.of("ADVANCEMENT", "ELEMENTS", "IMPLEMENTATION", "AUTONOMY", "PROMOTION",
            "GROWTH");

    /** A sheet's total: Σ weight × score, every weight 1.00, two places. */
    private static java.math.BigDecimal total(String[] scores) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (String s : scores) {
            sum = sum.add(new java.math.BigDecimal(s));
        }
        return sum.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * The application's normalised score as docs/review.md defines it: each expert's z-score over their own submitted
     * totals of the meeting (population σ; none with one sheet or σ = 0), the mean of the application's z-scores;
     * "—" when none.
     */
    private static String normalised(Map<Long, Map<Long, String[]>> scores, long application) {
        Map<Long, List<Double>> byExpert = new HashMap<>();
        scores.values().forEach(m -> m.forEach((e, s) -> byExpert.computeIfAbsent(e, k -> new ArrayList<>())
                .add(total(s).doubleValue())));
        List<Double> z = new ArrayList<>();
        scores.get(application).forEach((e, s) -> {
            List<Double> t = byExpert.get(e);
            double mean = t.stream().mapToDouble(d -> d).average().orElseThrow();
            double sd = Math.sqrt(t.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / t.size());
            if (t.size() > 1 && sd > 0) {
                z.add((total(s).doubleValue() - mean) / sd);
            }
        });
        if (z.isEmpty()) {
            return "—";
        }
        return java.math.BigDecimal.valueOf(z.stream().mapToDouble(d -> d).average().orElseThrow())
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The CSRF token the page carries for its scripts (meta _csrf), so that a refusal is not the token's. */
    private static String csrf(Page page) {
        return page.locator("meta[name=_csrf]").getAttribute("content");
    }

    private static String name(Map<String, Long> ids, long id) {
        return ids.entrySet().stream().filter(e -> e.getValue() == id).findFirst().orElseThrow().getKey();
    }

    /** The seats shown on the meeting's page: application id → the ids of its seated experts. */
    private static TreeMap<Long, TreeSet<Long>> seats(Page page) {
        TreeMap<Long, TreeSet<Long>> seats = new TreeMap<>();
        for (Locator row : page.locator("tr[data-application]").all()) {
            TreeSet<Long> experts = new TreeSet<>();
            for (Locator li : row.locator("li[data-seat]").all()) {
                experts.add(Long.parseLong(li.getAttribute("data-seat")));
            }
            seats.put(Long.parseLong(row.getAttribute("data-application")), experts);
        }
        return seats;
    }

    /** The import template's sheet: its header and the rows given. */
    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("专家");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADER);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    if (!all.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(all.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
