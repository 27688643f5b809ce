package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.DatabaseInvariants;
import cn.gov.hubei.jxt.pilot.SuspendsInvariants;
import cn.gov.hubei.jxt.pilot.Browser;
import cn.gov.hubei.jxt.pilot.BrowserTest;
import cn.gov.hubei.jxt.pilot.application.Deciding;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, at desktop and at phone width: 十堰's recommender is warned before submitting its list while an
 * application is returned and another unchecked, submits all the same; the returned one comes back after the list;
 * the recommender and the officer both see it as late with the way forward; the officer reopens the list and the
 * recommender recommends it. Then a correction requested by the province is submitted by the enterprise under its
 * own label, confirmed as going to the province. Screenshots in target/screenshots (stranded-*, correction-*).
 */
@BrowserTest
@SuspendsInvariants(value = {DatabaseInvariants.WITH_PROVINCE_ON_LIST, DatabaseInvariants.REVIEWED_STATUS_HAS_FORMAL_REVIEW},
        because = "takes recommenders' and officers' decisions with ProjectApplications.decide, below the modules that"
                + " keep the list and the formal review")
class StrandedApplicationBrowserTest {

    static final String SHIYAN = "420300";

    @LocalServerPort int port;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired Clock clock;
    @TempDir Path downloads;

    record Filed(long id, String applicant, ApplicationScope scope, String projectName, String enterpriseName) {
    }

    @Test
    void aListSubmittedWithUnsettledApplicationsAndTheLateOneRecoveredThenACorrectionToTheProvince()
            throws IOException {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(LocalDateTime.now(clock).minusDays(1))
                .quota(5).maxProjects(3).build(), "stranded-browser-test");
        call = calls.publish(call.id(), "stranded-browser-test");
        Filing filing = new Filing(null, calls, enterprises, users, null);
        String recommender = "sy-rec-" + n;
        String officer = "sy-officer-" + n;
        users.create(new NewAccount(recommender, "十堰市经信局", null, null, Set.of(Role.RECOMMENDER), null, SHIYAN),
                Filing.PASSWORD, false);
        users.create(new NewAccount(officer, "省经信厅装备工业处", null, null, Set.of(Role.OFFICER), null, null),
                Filing.PASSWORD, false);
        Filed recommended = submitted(filing, call, "十堰汽车车身智能工厂" + n);
        Filed returned = submitted(filing, call, "十堰发动机数字化车间" + n);
        Filed unchecked = submitted(filing, call, "十堰轮毂智能产线" + n);
        service.savePrecheck(recommended.id(), SHIYAN, Recommending.allMet(), recommender);
        service.recommend(recommended.id(), SHIYAN, recommender);
        service.returnForRevision(returned.id(), SHIYAN, "请补充关键设备清单。", null, recommender);

        List<String> dialogs = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.accept();
            });

            // the recommender is warned, with each application named, before the list goes
            Browser.login(page, recommender, Filing.PASSWORD);
            page.navigate("/recommendation/ranking?call=" + call.id());
            assertThat(page.locator("#unsettled")).containsText("报送前请注意：还有2个申报书尚未处理完毕");
            assertThat(page.locator("#unsettled li[data-application='" + returned.id() + "']"))
                    .hasText("《" + returned.projectName() + "》（" + returned.enterpriseName() + "，已退回修改）");
            assertThat(page.locator("#unsettled li[data-application='" + unchecked.id() + "']"))
                    .hasText("《" + unchecked.projectName() + "》（" + unchecked.enterpriseName() + "，已提交）");
            shots(page, "stranded-ranking-unsettled");
            Path scan = downloads.resolve("汇总表盖章扫描件.pdf");
            Files.write(scan, Filing.PDF);
            page.locator("#scan").setInputFiles(scan);
            page.locator("#confirmUnsettled").check();
            page.locator("form[action*='/ranking/submit'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).containsText("推荐名单已报送省经信厅（第1次报送，共1个推荐项目）");
            assertThat(service.ranking(call, SHIYAN).isSubmitted()).isTrue();
            Browser.logout(page);

            // the enterprise revises and resubmits to 十堰市 after the list went to the province
            Filing.save(applications, returned.id(), returned.scope(), SectionKey.OVERVIEW,
                    Filing.narrative("企业概述（已补充关键设备清单）。"), returned.applicant());
            Browser.login(page, returned.applicant(), Filing.PASSWORD);
            page.navigate("/applications/" + returned.id());
            assertThat(page.locator("form[action$='/submit'] button[type=submit]")).hasText("提交至推荐单位");
            page.locator("form[action$='/submit'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).hasText("已提交第2版，报送十堰市。");
            assertThat(dialogs).last().isEqualTo("提交后申报书将冻结为一个版本并报送十堰市，确定提交吗？");
            Browser.logout(page);

            // the recommender sees it as late, with the way forward, never a page of silently disabled controls
            Browser.login(page, recommender, Filing.PASSWORD);
            page.navigate("/recommendation?call=" + call.id());
            assertThat(page.locator("[data-stranded]")).containsText("推荐名单报送后仍有2个申报书等待处理");
            assertThat(page.locator("[data-stranded] li[data-application='" + returned.id() + "']"))
                    .containsText("逾期：推荐名单报送后提交");
            assertThat(page.locator("[data-stranded] li[data-application='" + unchecked.id() + "']"))
                    .containsText("推荐名单报送时尚未处理");
            assertThat(page.locator("[data-stranded]")).containsText("出路：请联系省经信厅重新打开本市推荐名单");
            shots(page, "stranded-workspace");
            page.navigate("/recommendation/applications/" + returned.id());
            assertThat(page.locator("#stranded")).containsText("逾期：推荐名单报送后提交");
            assertThat(page.locator("#stranded")).containsText("出路：请联系省经信厅重新打开本市推荐名单");
            shots(page, "stranded-review");
            Browser.logout(page);

            // the officer sees the same, and reopens the list
            Browser.login(page, officer, Filing.PASSWORD);
            page.navigate("/recommendation/overview?call=" + call.id());
            assertThat(page.locator("[data-division='" + SHIYAN + "'] [data-stranded]"))
                    .containsText("逾期：推荐名单报送后提交");
            assertThat(page.locator("[data-division='" + SHIYAN + "'] [data-stranded]"))
                    .containsText("出路：在该市州的推荐名单页面重新打开名单");
            shots(page, "stranded-overview");
            page.navigate("/recommendation/lists/" + SHIYAN + "?call=" + call.id());
            assertThat(page.locator("[data-stranded]")).containsText(returned.projectName());
            shots(page, "stranded-list-officer");
            page.locator("#reason").fill("请处理名单报送后重新提交的申报书。");
            page.locator("form[action*='/reopen'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-success")).isVisible();
            assertThat(page.locator("[data-stranded]")).hasCount(0);
            Browser.logout(page);

            // once reopened, the late application is checked and recommended as usual
            Browser.login(page, recommender, Filing.PASSWORD);
            page.navigate("/recommendation/applications/" + returned.id());
            assertThat(page.locator("#stranded")).hasCount(0);
            for (int i = 0; i < 8; i++) {
                page.locator("input[name='items[" + i + "].verdict'][value=MET]").check();
            }
            page.locator("form[action$='/precheck'] button[type=submit]").click();
            page.waitForLoadState();
            page.locator("form[action$='/recommend'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(status(returned)).isEqualTo(ApplicationStatus.RECOMMENDED);
            Browser.logout(page);

            // the province asks for a correction: the enterprise submits it to the province, and is told so
            Deciding.decide(applications, recommended.id(), ApplicationTransition.REQUEST_CORRECTION, "【材料不全】请补充审计报告。",
                    clock.instant().plus(Duration.ofDays(7)), officer);
            Filing.save(applications, recommended.id(), recommended.scope(), SectionKey.ADVANCEMENT,
                    Filing.narrative("先进性分析（已补充审计报告）。"), recommended.applicant());
            Browser.login(page, recommended.applicant(), Filing.PASSWORD);
            page.navigate("/applications/" + recommended.id());
            assertThat(page.locator("form[action$='/submit'] button[type=submit]")).hasText("提交补正材料至省经信厅");
            assertThat(page.locator("main")).not().containsText("提交至推荐单位");
            shots(page, "correction-overview");
            page.locator("form[action$='/submit'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(dialogs).last()
                    .isEqualTo("提交后补正材料将冻结为一个新版本并报送湖北省经济和信息化厅进行形式审查，确定提交吗？");
            assertThat(page.locator(".alert-success")).hasText("已提交第2版，报送湖北省经济和信息化厅。");
            assertThat(status(recommended)).isEqualTo(ApplicationStatus.CORRECTED);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The page at desktop width and at 390 px (a phone), then back to desktop. */
    private static void shots(Page page, String name) {
        Browser.screenshot(page, name);
        page.setViewportSize(390, 844);
        Browser.screenshot(page, name + "-phone");
        page.setViewportSize(1280, 900);
    }

    private ApplicationStatus status(Filed f) {
        return applications.find(f.id(), ApplicationScope.ALL).orElseThrow().status();
    }

    /** A complete application of a new 十堰 enterprise, submitted as version 1. */
    private Filed submitted(Filing filing, CallSummary call, String projectName) {
        Enterprise enterprise = filing.enterprise(SHIYAN);
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        // the credit check dated today, as the real clock of the browser test wants it recent
        SectionContent.Attachments saved = (SectionContent.Attachments) applications.draft(id, scope)
                .section(SectionKey.ATTACHMENTS).content();
        Filing.save(applications, id, scope, SectionKey.ATTACHMENTS, new SectionContent.Attachments(
                saved.equipment(), saved.patents(), saved.commitmentFileId(), saved.creditReportFileId(),
                saved.creditSource(), LocalDate.now(clock).toString(), saved.otherFileIds()), applicant);
        applications.submit(id, scope, "submit-" + id, applicant);
        return new Filed(id, applicant, scope, projectName, enterprise.name());
    }
}
