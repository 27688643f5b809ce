package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationIntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitFixtures.Filed;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The 现场核查表 of a signed-off visit as the officer downloads it, opened with POI. */
@ApplicationIntegrationTest
class SiteVisitSheetTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired RecommendationSteps recommendations;
    @Autowired FormalReviews reviews;
    @Autowired InspectionTeams teams;
    @Autowired SiteVisitPlans plans;
    @Autowired SiteVisitRecords records;
    @Autowired MessageSource messages;

    @Test
    void theSheetHasTheApplicationTheTeamEveryItemWithItsFindingAttendeesConclusionPhotosAndSignatureLines()
            throws Exception {
        SiteVisitFixtures world = new SiteVisitFixtures(mvc, calls, enterprises, users, clock, applications,
                recommendations, reviews);
        CallSummary call = world.openCall();
        String officerName = world.account(Role.OFFICER, null);
        CurrentUser officer = world.user(officerName);
        CurrentUser leader = world.user(world.account(Role.EXPERT, null));
        CurrentUser member = world.user(world.account(Role.RECOMMENDER, "420500"));
        InspectionTeam team = teams.create(call.id(), "420500", "核查表核查组" + call.id(), leader.username(), officer);
        teams.addMember(team.id(), member.username(), officer);
        Filed filed = world.passed(call.id(), "420500", "宜昌转向系统智能工厂");
        SiteVisit visit = plans.plan(team.id(), filed.id(), SiteVisitFixtures.WORKING_DAY, officer);
        List<ChecklistItem> items = records.read(visit.id(), leader).orElseThrow().items();
        for (ChecklistItem item : items) {
            boolean untrue = item.position() == 4;
            records.recordFinding(visit.id(), item.id(), item.version(), untrue ? Finding.UNTRUE : Finding.TRUE,
                    untrue ? "关键工序仍以人工为主" : null, member);
        }
        records.addAttendee(visit.id(), "陈建国", "宜昌转向系统有限公司", "总经理", member);
        records.addPhoto(visit.id(), "车间.jpg", new ByteArrayInputStream(
                SiteVisitFixtures.jpegTakenAt(LocalDateTime.of(2026, 5, 6, 10, 15, 30))), "总装车间", null, member);
        SiteVisit concluded = records.conclude(visit.id(), 0, SiteVisitConclusion.NOT_CONFIRMED,
                "项目技术水平与申报材料不符。", member);
        records.signOff(visit.id(), concluded.version(), leader);

        Cookie session = world.login(officerName);
        MockHttpServletResponse response = mvc.perform(get("/site-visits/visits/" + visit.id() + "/sheet.docx")
                .cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition")).contains(".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("智能制造试点示范项目现场核查表");
            assertThat(paragraphs).contains("组长" + leader.displayName() + "于2026年4月28日签署", "核查事项",
                    "参加人员", "核查结论", "现场照片", "总装车间（拍摄时间：2026-05-06 10:15）",
                    signature("核查组组长签名"), signature("核查组成员签名"));
            List<XWPFTable> tables = doc.getTables();
            XWPFTable fields = tables.get(0);
            assertThat(cells(fields.getRow(0))).containsExactly("项目名称", "宜昌转向系统智能工厂");
            assertThat(cells(fields.getRow(2))).containsExactly("申报单位", filed.enterprise().name());
            assertThat(cells(fields.getRow(3))).containsExactly("所属地区", "宜昌市");
            assertThat(cells(fields.getRow(4))).containsExactly("核查日期", "2026年5月6日");
            assertThat(cells(fields.getRow(5))).containsExactly("核查组", team.name());
            assertThat(cells(fields.getRow(6))).containsExactly("组长", leader.displayName());
            assertThat(cells(fields.getRow(7))).containsExactly("成员", member.displayName());
            XWPFTable checklist = tables.get(1);
            assertThat(cells(checklist.getRow(0))).containsExactly("序号", "类别", "核查内容", "核查结果", "说明");
            assertThat(cells(checklist.getRow(1))).containsExactly("1", "推荐条件",
                    "1. 在湖北省境内注册，具有独立法人资格", "属实", "");
            assertThat(cells(checklist.getRow(4))).containsExactly("4", "推荐条件", "4. 项目技术上处于国内先进水平",
                    "不属实", "关键工序仍以人工为主");
            assertThat(checklist.getRows()).hasSize(1 + items.size());
            XWPFTable attendees = tables.get(2);
            assertThat(cells(attendees.getRow(1))).containsExactly("1", "陈建国", "宜昌转向系统有限公司", "总经理");
            XWPFTable conclusion = tables.get(3);
            assertThat(cells(conclusion.getRow(0))).containsExactly("结论", "核查不通过");
            assertThat(cells(conclusion.getRow(1))).containsExactly("核查意见", "项目技术水平与申报材料不符。");
            assertThat(doc.getAllPictures()).hasSize(1);
        }
        // not readable, not downloadable
        Cookie stranger = world.login(world.account(Role.EXPERT, null));
        assertThat(mvc.perform(get("/api/v1/site-visits/visits/" + visit.id() + "/sheet.docx").cookie(stranger))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    /** A line to sign with its date, as the form documents print it (their bundle's words). */
    private String signature(String label) {
        return messages.getMessage("documents.form.signature", new Object[]{label}, Locale.SIMPLIFIED_CHINESE)
                + "\u3000\u3000" + messages.getMessage("documents.form.signature.date", null, Locale.SIMPLIFIED_CHINESE);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }
}
