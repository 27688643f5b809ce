package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditEntries;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationMessages;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationRefusedException;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.gov.hubei.jxt.pilot.Timestamps.sameInstant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 汇总表 and the submission to the province: the generated files, the stamped scan, one submission per request
 * key, the list locked afterwards, the programme office's reopening and a late second submission.
 */
@ApplicationIntegrationTest
class SubmissionToProvinceTest {

    static final String WUHAN = "420100";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps service;
    @Autowired RecommendationMessages messages;
    @Autowired Recommendations recommendations;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    Recommending fixture;
    CallSummary call;
    String recommender;
    Cookie session;
    Recommending.Submitted first;
    Recommending.Submitted second;

    @BeforeEach
    void twoRecommendedApplications() throws Exception {
        fixture = new Recommending(mvc, calls, enterprises, users, clock, applications, service);
        call = fixture.call(5);
        recommender = fixture.recommender(WUHAN);
        first = fixture.submitted(call, WUHAN, "汽车零部件数字化车间");
        second = fixture.submitted(call, WUHAN, "电子信息智能工厂");
        fixture.recommend(first.id(), WUHAN, recommender);
        fixture.recommend(second.id(), WUHAN, recommender);
        service.move(call.id(), WUHAN, service.ranking(call, WUHAN).version(), second.id(), true, recommender);
        service.remark(call.id(), WUHAN, service.ranking(call, WUHAN).version(), first.id(), "已完成一期建设",
                recommender);
        session = fixture.login(recommender);
    }

    static MockMultipartFile scan() {
        return new MockMultipartFile("scan", "汇总表盖章.pdf", "application/pdf", Filing.PDF);
    }

    @Test
    void theSummaryTablesFollowTheTemplateInRankOrderWithTheFrozenContacts() throws Exception {
        byte[] docx = mvc.perform(get("/recommendation/ranking/summary.docx").param("call", String.valueOf(call.id()))
                        .cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("附件2");
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("2031年湖北省智能制造试点示范推荐项目汇总表");
            // the bureau as the cover of each 申报书 names it
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("推荐单位（盖章）：武汉市经济和信息化局");
            XWPFTable table = doc.getTables().get(0);
            assertThat(cells(table, 0)).containsExactly("序号", "项目名称", "企业名称", "联系人", "联系方式", "备注");
            assertThat(cells(table, 1)).containsExactly("1", "电子信息智能工厂", second.enterprise().name(),
                    second.contactName(), second.contactPhone(), "");
            assertThat(cells(table, 2)).containsExactly("2", "汽车零部件数字化车间", first.enterprise().name(),
                    first.contactName(), first.contactPhone(), "已完成一期建设");
            assertThat(cells(table, 3)).containsExactly("3", "", "", "", "", "");
            assertThat(table.getRows()).hasSize(16);
            assertThat(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getText())
                    .isEqualTo("注：推荐试点示范项目排名有先后。");
        }
        byte[] xlsx = mvc.perform(get("/api/v1/recommendation/calls/" + call.id() + "/ranking/summary.xlsx")
                        .cookie(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(row(sheet, 0).get(0)).isEqualTo("附件2");
            assertThat(row(sheet, 1).get(0)).isEqualTo("2031年湖北省智能制造试点示范推荐项目汇总表");
            assertThat(row(sheet, 2).get(0)).isEqualTo("推荐单位（盖章）：武汉市经济和信息化局");
            assertThat(row(sheet, 3)).containsExactly("序号", "项目名称", "企业名称", "联系人", "联系方式", "备注");
            assertThat(row(sheet, 4)).containsExactly("1", "电子信息智能工厂", second.enterprise().name(),
                    second.contactName(), second.contactPhone(), "");
            assertThat(row(sheet, 5).subList(0, 2)).containsExactly("2", "汽车零部件数字化车间");
            assertThat(row(sheet, 18)).containsExactly("15", "", "", "", "", "");
            assertThat(row(sheet, 19).get(0)).isEqualTo("注：推荐试点示范项目排名有先后。");
        }
    }

    @Test
    void submissionNeedsTheStampedScanAndARecommendedApplication() throws Exception {
        mvc.perform(multipart("/recommendation/ranking/submit").param("call", String.valueOf(call.id()))
                        .param("submitToken", "page-1").cookie(session).with(csrf()))
                .andExpect(flash().attribute("error", "请上传加盖推荐单位公章的汇总表扫描件（PDF、JPG或PNG）。"));
        MockMultipartFile word = new MockMultipartFile("scan", "汇总表.pdf", "application/pdf",
                service.docx(service.summaryTable(call, WUHAN)));
        mvc.perform(multipart("/api/v1/recommendation/calls/" + call.id() + "/submission").file(word)
                        .header("Idempotency-Key", "api-1").cookie(session).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("scan"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Word（.docx）")));
        assertThat(recommendations.isSubmitted(call.id(), WUHAN)).isFalse();

        String other = fixture.recommender("420200");
        assertThatThrownBy(() -> service.submit(call.id(), "420200", "k", "scan.pdf",
                new ByteArrayInputStream(Filing.PDF), other))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> assertThat(messages.chinese(e))
                        .isEqualTo("推荐名单中还没有推荐项目，不能报送。"));
    }

    @Test
    void aRepeatedSubmissionIsOneSubmissionAndStoresTheFilesAsGenerated() throws Exception {
        String path = "/api/v1/recommendation/calls/" + call.id() + "/submission";
        mvc.perform(multipart(path).file(scan()).header("Idempotency-Key", "double-click").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.repeated").value(false))
                .andExpect(jsonPath("$.entryCount").value(2))
                .andExpect(jsonPath("$.list.status").value("SUBMITTED"));
        mvc.perform(multipart(path).file(scan()).header("Idempotency-Key", "double-click").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.repeated").value(true));

        assertThat(jdbc.sql("select count(*) from recommendation_submission where call_id = ? and division_code = ?")
                .params(call.id(), WUHAN).query(Integer.class).single()).isEqualTo(1);
        assertThat(new AuditEntries(jdbc).withAction("recommendation.submitted", "recommendation_list",
                call.id() + "/" + WUHAN)).singleElement().satisfies(e -> {
            assertThat(e.details()).containsEntry("number", 1).containsEntry("late", false);
            assertThat(e.details().get("applicationIds")).isEqualTo(List.of((int) second.id(), (int) first.id()));
        });
        assertThat(events.stream(RecommendationListSubmitted.class).filter(e -> e.callId() == call.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.divisionCode()).isEqualTo(WUHAN);
                    assertThat(e.applicationIds()).containsExactly(second.id(), first.id());
                    assertThat(e.number()).isEqualTo(1);
                });
        RecommendationList list = recommendations.list(call.id(), WUHAN).orElseThrow();
        assertThat(list.status()).isEqualTo(ListStatus.SUBMITTED);
        assertThat(list.submittedBy()).isEqualTo(recommender);
        assertThat(list.submittedAt()).isEqualTo(clock.instant());
        assertThat(recommendations.isSubmitted(call.id(), WUHAN)).isTrue();

        // what the province receives is what was generated at submission, also after the enterprise edits later
        Cookie officer = fixture.login(fixture.account(Role.OFFICER, null, null));
        byte[] submittedDocx = mvc.perform(get("/recommendation/lists/" + WUHAN + "/files/docx")
                        .param("call", String.valueOf(call.id())).cookie(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(submittedDocx).isEqualTo(service.docx(service.summaryTable(call, WUHAN)));
        mvc.perform(get("/recommendation/lists/" + WUHAN + "/files/scan").param("call", String.valueOf(call.id()))
                        .cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().bytes(Filing.PDF));
        mvc.perform(get("/api/v1/recommendation/calls/" + call.id() + "/lists/" + WUHAN + "/files/xlsx")
                        .cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void afterSubmissionTheListAndItsApplicationsAreReadOnlyForTheRecommender() throws Exception {
        var pending = fixture.plain(call, WUHAN, "报送后收到的申报书");
        mvc.perform(multipart("/recommendation/ranking/submit").file(scan()).param("call", String.valueOf(call.id()))
                        .param("submitToken", "page-2").param("confirmUnsettled", "true").cookie(session)
                        .with(csrf()))
                .andExpect(flash().attribute("success", "推荐名单已报送省经信厅（第1次报送，共2个推荐项目）。"));
        String locked = "推荐名单已于" + messages.time(clock.instant())
                + "报送省经信厅，不能再修改；如需修改，请联系省经信厅重新开放。";
        assertThatThrownBy(() -> service.reconsider(first.id(), WUHAN, "撤回", recommender))
                .isInstanceOfSatisfying(RecommendationRefusedException.class,
                        e -> assertThat(messages.chinese(e)).isEqualTo(locked));
        assertThatThrownBy(() -> service.savePrecheck(pending.applicationId(), WUHAN, Recommending.allMet(),
                recommender)).isInstanceOf(RecommendationRefusedException.class);
        mvc.perform(post("/api/v1/recommendation/applications/" + pending.applicationId() + "/decline")
                        .cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"不符合条件\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(locked));
        mvc.perform(post("/recommendation/ranking/move").cookie(session).with(csrf())
                        .param("call", String.valueOf(call.id())).param("applicationId", String.valueOf(first.id()))
                        .param("version", String.valueOf(service.ranking(call, WUHAN).version()))
                        .param("direction", "up"))
                .andExpect(flash().attribute("error", locked));
        mvc.perform(get("/recommendation/ranking").param("call", String.valueOf(call.id())).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(locked)))
                .andExpect(content().string(not(containsString("name=\"direction\""))))
                .andExpect(content().string(containsString("/recommendation/ranking/files/scan")));
        assertThat(applications.find(pending.applicationId(), ApplicationScope.ALL).orElseThrow().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(service.ranking(call, WUHAN).entries()).extracting(RankedEntry::applicationId)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void theOfficeReopensASubmittedListAndALateResubmissionIsMarkedLate() throws Exception {
        service.submit(call.id(), WUHAN, "first", "scan.pdf", new ByteArrayInputStream(Filing.PDF), recommender);
        clock.set(Recommending.DEADLINE.plusDays(2));
        String officerName = fixture.account(Role.OFFICER, null, null);
        Cookie officer = fixture.login(officerName);
        String list = "/recommendation/lists/" + WUHAN;
        mvc.perform(post(list + "/reopen").param("call", String.valueOf(call.id())).cookie(officer).with(csrf())
                        .param("reason", "").param("deadline", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写原因。")));
        mvc.perform(post(list + "/reopen").param("call", String.valueOf(call.id())).cookie(officer).with(csrf())
                        .param("reason", "第2项项目名称与申报书不一致，请核实后重新报送。").param("deadline", ""))
                .andExpect(flash().attribute("success", "推荐名单已重新开放，推荐单位可以修改后再次报送。"));
        assertThat(recommendations.isSubmitted(call.id(), WUHAN)).isFalse();
        assertThat(recommendations.list(call.id(), WUHAN).orElseThrow().deadline()).isNull();
        assertThat(new AuditEntries(jdbc).withAction("recommendation.reopened", "recommendation_list",
                call.id() + "/" + WUHAN)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(officerName);
            assertThat(e.details()).containsEntry("reason", "第2项项目名称与申报书不一致，请核实后重新报送。")
                    .containsEntry("newDeadline", null);
        });
        assertThat(events.stream(RecommendationListReopened.class).filter(e -> e.callId() == call.id()))
                .singleElement().satisfies(e -> assertThat(e.reopenedBy()).isEqualTo(officerName));

        // the recommender changes the list after the call's deadline and submits again: late
        service.reconsider(first.id(), WUHAN, "项目名称待企业更正。", recommender);
        mvc.perform(multipart("/recommendation/ranking/submit").file(scan()).param("call", String.valueOf(call.id()))
                        .param("submitToken", "page-3").param("confirmUnsettled", "true").cookie(session)
                        .with(csrf()))
                .andExpect(flash().attribute("success",
                        "推荐名单已报送省经信厅（第2次报送，共1个推荐项目），晚于本批次推荐截止时间，已标记为逾期报送。"));
        RecommendationList resubmitted = recommendations.list(call.id(), WUHAN).orElseThrow();
        assertThat(resubmitted.submissionNumber()).isEqualTo(2);
        assertThat(resubmitted.late()).isTrue();
        assertThat(resubmitted.entries()).extracting(RankedEntry::applicationId).containsExactly(second.id());
        mvc.perform(get("/api/v1/recommendation/calls/" + call.id() + "/overview").cookie(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(17))
                .andExpect(jsonPath("$[0].divisionName").value("武汉市"))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$[0].onTime").value(false))
                .andExpect(jsonPath("$[0].recommended").value(1))
                .andExpect(jsonPath("$[0].quota").value(5))
                .andExpect(jsonPath("$[0].submissionNumber").value(2))
                .andExpect(jsonPath("$[16].divisionName").value("神农架林区"))
                .andExpect(jsonPath("$[16].status").value("OPEN"));
        mvc.perform(get("/recommendation/overview").param("call", String.valueOf(call.id())).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期")))
                .andExpect(content().string(containsString("电子信息智能工厂")));

        // a new deadline for the division must lie ahead; with one, the list closes again at that time
        mvc.perform(post("/api/v1/recommendation/calls/" + call.id() + "/lists/" + WUHAN + "/reopen").cookie(officer)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"再次核实\",\"deadline\":\"2031-05-01T09:00:00Z\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"))
                .andExpect(jsonPath("$.errors[0].message").value("新的截止时间须晚于当前时间。"));
        Instant extended = clock.instant().plusSeconds(3 * 24 * 3600);
        mvc.perform(post("/api/v1/recommendation/calls/" + call.id() + "/lists/" + WUHAN + "/reopen").cookie(officer)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"再次核实\",\"deadline\":\"" + extended + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.deadline").value(sameInstant(extended)));
        clock.set(extended.plusSeconds(60));
        assertThatThrownBy(() -> service.reconsider(second.id(), WUHAN, "再议", recommender))
                .isInstanceOf(RecommendationRefusedException.class);
    }

    static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
    }

    static List<String> row(XSSFSheet sheet, int index) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var cell = sheet.getRow(index).getCell(i);
            values.add(cell == null ? "" : format.formatCellValue(cell));
        }
        return values;
    }
}
