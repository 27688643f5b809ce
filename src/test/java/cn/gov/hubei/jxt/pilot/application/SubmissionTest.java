package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationIntegrationTest
class SubmissionTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    Filing filing;
    CallSummary call;
    Enterprise enterprise;
    String applicant;
    ApplicationScope scope;
    long id;

    @BeforeEach
    void aCompleteDraft() {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(2);
        enterprise = filing.enterprise("420100");
        applicant = filing.applicantOf(enterprise);
        scope = ApplicationScope.enterprise(enterprise.id());
        id = applications.create(call.id(), enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant);
    }

    @Test
    void submittingFreezesVersionOneForTheDivisionsRecommender() throws Exception {
        Cookie session = filing.login(applicant);
        mvc.perform(get("/applications/" + id).cookie(session))
                .andExpect(content().string(containsString("各部分（已完成8/8）")));
        mvc.perform(post("/applications/" + id + "/submit").cookie(session).with(csrf()).param("submitToken", "t-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "已提交第1版，报送武汉市。"));
        ApplicationSummary submitted = applications.find(id, scope).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.lastVersionNo()).isEqualTo(1);
        FrozenVersion v1 = applications.version(id, 1, scope).orElseThrow();
        assertThat(v1.snapshot().sections().basic().projectName()).isEqualTo("数字化车间建设项目");
        assertThat(v1.snapshot().profile().name()).isEqualTo(enterprise.name());
        assertThat(v1.snapshot().files()).hasSize(3);
        assertThat(events.stream(ApplicationSubmitted.class).filter(e -> e.applicationId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.versionNumber()).isEqualTo(1);
                    assertThat(e.divisionCode()).isEqualTo("420100");
                });
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'application.submit' and target_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        // the applicant now reads it, and cannot change it
        mvc.perform(get("/applications/" + id + "/versions/1").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("☑ 离散型智能制造")))
                .andExpect(content().string(containsString("□ 流程型智能制造")))
                .andExpect(content().string(containsString("车间总体设计模型架构图")));
        assertThatThrownBy(() -> applications.saveSection(id, scope, SectionKey.OVERVIEW, 1,
                new SectionContent.Narrative("改"), false, applicant))
                .isInstanceOfSatisfying(ApplicationActionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("application.edit.refused"));
    }

    @Test
    void everySectionPageOfACompleteApplicationShowsItsContentAndTheOfficerAndRecommenderReadOnlyTheVersion()
            throws Exception {
        Cookie session = filing.login(applicant);
        String[][] expected = {
                {"basic", "数字化车间建设项目"}, {"overview", "企业概述。"}, {"advancement", "先进性分析。"},
                {"implementation", "车间总体设计模型架构图"}, {"self-assessment", "制造装备数控化率 75.5%，达到要求"},
                {"plan", "运营成本降低20.0%"}, {"scenarios", "物料输送自动化"}, {"attachments", "承诺.pdf"}};
        for (String[] page : expected) {
            mvc.perform(get("/applications/" + id + "/sections/" + page[0]).cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(page[1])))
                    .andExpect(content().string(containsString("已完成")));
        }
        applications.submit(id, scope, "read", applicant);
        String recommender = filing.account(cn.gov.hubei.jxt.pilot.identity.Role.RECOMMENDER, null, "420100");
        Cookie r = filing.login(recommender);
        mvc.perform(get("/applications").cookie(r)).andExpect(content().string(containsString("数字化车间建设项目")));
        mvc.perform(get("/applications/" + id).cookie(r)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/" + id + "/versions/1").cookie(r)).andExpect(status().isOk())
                .andExpect(content().string(containsString("湖北省智能制造试点示范项目申报书")))
                .andExpect(content().string(containsString("运营成本降低20.0%")));
        mvc.perform(get("/applications/" + id + "/sections/basic").cookie(r)).andExpect(status().isNotFound());
        Cookie officer = filing.login(filing.account(cn.gov.hubei.jxt.pilot.identity.Role.OFFICER, null, null));
        // the draft is the enterprise's own work: the officer reads the submitted version, never a section page
        mvc.perform(get("/applications/" + id + "/sections/plan").cookie(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + id).cookie(officer)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/" + id + "/versions/1").cookie(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("运营成本降低20.0%")));
    }

    @Test
    void aDoubleClickOrARetryGivesOneSubmissionAndTheSameAnswer() throws Exception {
        SubmissionResult first = applications.submit(id, scope, "key-A", applicant);
        SubmissionResult again = applications.submit(id, scope, "key-A", applicant);
        assertThat(first.versionNumber()).isEqualTo(1);
        assertThat(first.repeated()).isFalse();
        assertThat(again.versionNumber()).isEqualTo(1);
        assertThat(again.repeated()).isTrue();
        assertThat(applications.versions(id, scope)).hasSize(1);
        assertThatThrownBy(() -> applications.submit(id, scope, "key-B", applicant))
                .isInstanceOfSatisfying(ApplicationActionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("application.transition.refused"));
    }

    @Test
    void aDoubleClickOnThePageGivesOneSubmissionAndTheSameAnswerTwice() throws Exception {
        Cookie session = filing.login(applicant);
        String page = mvc.perform(get("/applications/" + id).cookie(session)).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"submitToken\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).isTrue();
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/applications/" + id + "/submit").cookie(session).with(csrf())
                            .param("submitToken", token.group(1)))
                    .andExpect(flash().attribute("success", "已提交第1版，报送武汉市。"));
        }
        assertThat(applications.versions(id, scope)).hasSize(1);
    }

    @Test
    void aSubmittedVersionCannotBeChangedEvenInTheDatabase() {
        applications.submit(id, scope, "frozen", applicant);
        assertThatThrownBy(() -> jdbc.sql("update application_version set snapshot = '{}' where application_id = ?")
                .param(id).update()).hasMessageContaining("application_version is immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from application_version where application_id = ?")
                .param(id).update()).hasMessageContaining("application_version is immutable");
    }

    @Test
    void concurrentRequestsWithOneKeyFreezeOneVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SubmissionResult>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> applications.submit(id, scope, "same-key", applicant));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<SubmissionResult> f : pool.invokeAll(tasks)) {
                numbers.add(f.get().versionNumber());
            }
            assertThat(numbers).containsExactly(1, 1, 1, 1);
            assertThat(applications.versions(id, scope)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void submissionIsRefusedWhenIncompleteOrOutsideTheFilingWindowByTheServerClock() {
        long other = applications.create(call.id(), enterprise.id(), applicant).id();
        assertThatThrownBy(() -> applications.submit(other, scope, "k", applicant))
                .isInstanceOfSatisfying(ApplicationIncompleteException.class,
                        e -> assertThat(e.sections()).hasSize(8));

        LocalDateTime closes = LocalDateTime.ofInstant(call.filingClosesAt(), MutableClock.SHANGHAI);
        clock.set(closes);
        assertThatThrownBy(() -> applications.submit(id, scope, "late", applicant))
                .isInstanceOfSatisfying(ApplicationActionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("application.submit.filing-closed"));
        clock.set(closes.minusSeconds(1));
        assertThat(applications.submit(id, scope, "just-in-time", applicant).versionNumber()).isEqualTo(1);
    }

    @Test
    void withdrawalNeedsAReasonAndEndsTheApplication() throws Exception {
        applications.submit(id, scope, "w", applicant);
        Cookie session = filing.login(applicant);
        mvc.perform(post("/applications/" + id + "/withdraw").cookie(session).with(csrf()).param("reason", " "))
                .andExpect(flash().attribute("error", "请填写原因。"));
        mvc.perform(post("/applications/" + id + "/withdraw").cookie(session).with(csrf())
                        .param("reason", "项目调整，本年度不再申报"))
                .andExpect(flash().attribute("success", "已撤回申报。"));
        ApplicationSummary withdrawn = applications.find(id, scope).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.statusReason()).isEqualTo("项目调整，本年度不再申报");
        assertThat(events.stream(ApplicationWithdrawn.class).filter(e -> e.applicationId() == id)).hasSize(1);
        // a withdrawn application no longer counts against the cap of two
        applications.create(call.id(), enterprise.id(), applicant);
        applications.create(call.id(), enterprise.id(), applicant);
        assertThatThrownBy(() -> applications.create(call.id(), enterprise.id(), applicant))
                .isInstanceOfSatisfying(ApplicationActionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("application.create.cap"));
    }

    @Test
    void aReturnedApplicationIsEditedAndResubmittedAsVersionTwoAndTheVersionsCompareFieldByField()
            throws Exception {
        applications.submit(id, scope, "v1", applicant);
        assertThatThrownBy(() -> Deciding.decide(applications, id, ApplicationTransition.RETURN, " ", null, "wuhan"))
                .isInstanceOf(ApplicationActionRefusedException.class);
        java.time.Instant deadline = call.filingClosesAt().plus(Duration.ofDays(7));
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "请补充实施计划的时间安排", deadline, "wuhan");
        ApplicationSummary returned = applications.find(id, scope).orElseThrow();
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(returned.returnDeadline()).isEqualTo(deadline);
        assertThat(events.stream(ApplicationReturned.class).filter(e -> e.applicationId() == id)).hasSize(1);

        SectionContent.Plan plan = Filing.plan();
        SectionContent.Plan revised = new SectionContent.Plan(List.of(plan.milestones().get(0),
                new SectionContent.Milestone("三期建设", "上线质量追溯系统", "2031-11-01", "2032-06-30")),
                plan.targets(), plan.growth());
        Filing.save(applications, id, scope, SectionKey.PLAN, revised, applicant);
        // the filing window has closed meanwhile; the return deadline governs the resubmission
        clock.set(call.filingClosesAt().plusSeconds(60));
        SubmissionResult v2 = applications.submit(id, scope, "v2", applicant);
        assertThat(v2.versionNumber()).isEqualTo(2);
        assertThat(applications.versions(id, scope)).extracting(VersionInfo::number).containsExactly(1, 2);

        VersionComparison comparison = applications.compare(id, 1, 2, scope);
        assertThat(comparison.changes()).extracting(FieldDifference::path, FieldDifference::left,
                FieldDifference::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sections.plan.milestones[1].stage", null, "三期建设"),
                org.assertj.core.groups.Tuple.tuple("sections.plan.milestones[1].content", null, "上线质量追溯系统"),
                org.assertj.core.groups.Tuple.tuple("sections.plan.milestones[1].start", null, "2031-11-01"),
                org.assertj.core.groups.Tuple.tuple("sections.plan.milestones[1].end", null, "2032-06-30"));
        Cookie session = filing.login(applicant);
        mvc.perform(get("/applications/" + id + "/compare").param("left", "1").param("right", "2").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共4处不同。")))
                .andExpect(content().string(containsString("下一步实施计划 › 实施计划 第2项 › 阶段")))
                .andExpect(content().string(containsString("三期建设")))
                .andExpect(content().string(not(containsString("数字化车间建设项目"))));

        clock.set(deadline);
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "再次补充", deadline.plus(Duration.ofDays(1)), "wuhan");
        clock.set(deadline.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> applications.submit(id, scope, "v3", applicant))
                .isInstanceOfSatisfying(ApplicationActionRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("application.submit.return-deadline-passed"));
    }

    @Test
    void theEquipmentListGoesOutAndComesBackAsASpreadsheet() throws Exception {
        Cookie session = filing.login(applicant);
        byte[] exported = mvc.perform(get("/applications/" + id + "/equipment.xlsx").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("六轴工业机器人");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("高档数控机床与工业机器人");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("国产（省内）");
            row.getCell(0).setCellValue("AGV小车");
            var second = book.getSheetAt(0).createRow(2);
            String[] values = {"MES系统", "工业软件（MES、ERP、PDM、PLM、SCADA等）", "用友", "用友网络", "进口", "1"};
            for (int i = 0; i < values.length; i++) {
                second.createCell(i).setCellValue(values[i]);
            }
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/applications/" + id + "/equipment/import")
                            .file(new org.springframework.mock.web.MockMultipartFile("sheet", "清单.xlsx",
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()))
                            .cookie(session).with(csrf()))
                    .andExpect(flash().attribute("success", "已从表格导入2行关键技术装备和软件，替换了原清单。"));
        }
        var equipment = ((SectionContent.Attachments) applications.draft(id, scope).section(SectionKey.ATTACHMENTS)
                .content()).equipment();
        assertThat(equipment).extracting(SectionContent.Equipment::name, SectionContent.Equipment::category,
                SectionContent.Equipment::origin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AGV小车", "CNC_ROBOT", "DOMESTIC_HUBEI"),
                org.assertj.core.groups.Tuple.tuple("MES系统", "INDUSTRIAL_SOFTWARE", "IMPORTED"));
        mvc.perform(get("/applications/equipment-template.xlsx").cookie(session)).andExpect(status().isOk());
    }
}
