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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApplicationIntegrationTest
class ApplicationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;

    Filing filing;
    CallSummary call;
    Enterprise enterprise;
    String applicant;
    Cookie session;

    @BeforeEach
    void anApplicantWithAnOpenCall() throws Exception {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(3);
        enterprise = filing.enterprise("420100");
        applicant = filing.applicantOf(enterprise);
        session = filing.login(applicant);
    }

    @Test
    void theApplicantStartsAnApplicationAndSeesTheTaskList() throws Exception {
        mvc.perform(get("/applications").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(call.title())));
        MvcResult created = mvc.perform(post("/applications").cookie(session).with(csrf())
                        .param("callId", String.valueOf(call.id())))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/applications/\\d+");
        mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("项目基本信息")))
                .andExpect(content().string(containsString("未开始")))
                .andExpect(content().string(containsString("各部分（已完成0/8）")));
        for (SectionKey key : SectionKey.values()) {
            mvc.perform(get(location + "/sections/" + key.key()).cookie(session)).andExpect(status().isOk());
        }
    }

    @Test
    void theSaveButtonKeepsWhatWasTypedAndTheOverviewDerivesTheState() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String page = mvc.perform(get("/applications/" + id + "/sections/basic").cookie(session))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/applications/" + id + "/sections/basic").cookie(session).with(csrf())
                        .param("version", "0").param("draftToken", tokenIn(page)).param("action", "save")
                        .param("modes", "DISCRETE").param("projectName", "数字化车间")
                        .param("startDate", "2031-05-01").param("endDate", "2031-04-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/" + id + "/sections/basic").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"数字化车间\"")))
                .andExpect(content().string(containsString("结束日期不能早于开始日期。")))
                .andExpect(content().string(containsString("已保存，第1版")));
        // the task list knows 未开始, 进行中 and 已完成: a value to correct is work in progress
        mvc.perform(get("/applications/" + id).cookie(session))
                .andExpect(content().string(containsString("id=\"state-basic\" class=\"badge text-bg-warning\">进行中<")));
    }

    @Test
    void htmxSavesWithoutReloadAndAnswersWithTheNewVersion() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        mvc.perform(post("/applications/" + id + "/sections/overview").cookie(session).with(csrf())
                        .header("HX-Request", "true").param("version", "0").param("text", "企业概述"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已自动保存（")))
                .andExpect(content().string(containsString("已保存，第1版")))
                .andExpect(content().string(containsString("id=\"version\" name=\"version\" value=\"1\" hx-swap-oob=\"true\"")));
        mvc.perform(post("/applications/" + id + "/sections/overview").cookie(session).with(csrf())
                        .header("HX-Request", "true").param("version", "1").param("text", "企业概述，补充"))
                .andExpect(content().string(containsString("已保存，第2版")));
        assertThat(((SectionContent.Narrative) applications.draft(id, ApplicationScope.enterprise(enterprise.id()))
                .section(SectionKey.OVERVIEW).content()).text()).isEqualTo("企业概述，补充");
    }

    @Test
    void aStaleVersionLeadsToTheConflictPageWithBothVersionsAndTheChoice() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        applications.saveSection(id, scope, SectionKey.OVERVIEW, 0, new SectionContent.Narrative("同事的版本"), false,
                "colleague");
        String page = mvc.perform(get("/applications/" + id + "/sections/overview").cookie(session))
                .andReturn().getResponse().getContentAsString();
        // the page was opened at version 1; a colleague saves version 2 meanwhile
        applications.saveSection(id, scope, SectionKey.OVERVIEW, 1, new SectionContent.Narrative("同事的第二版"), false,
                "colleague");
        MvcResult stale = mvc.perform(post("/applications/" + id + "/sections/overview").cookie(session).with(csrf())
                        .param("version", "1").param("draftToken", tokenIn(page)).param("action", "save")
                        .param("text", "我的版本"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String conflictUrl = stale.getResponse().getRedirectedUrl();
        assertThat(conflictUrl).startsWith("/applications/" + id + "/conflicts/");
        mvc.perform(get(conflictUrl).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("同事的第二版")))
                .andExpect(content().string(containsString("我的版本")))
                .andExpect(content().string(containsString("colleague")))
                .andExpect(content().string(containsString("保留我的版本")));
        assertThat(((SectionContent.Narrative) applications.draft(id, scope).section(SectionKey.OVERVIEW).content())
                .text()).isEqualTo("同事的第二版");

        mvc.perform(post(conflictUrl + "/keep-mine").cookie(session).with(csrf()).param("version", "2"))
                .andExpect(status().is3xxRedirection());
        SavedSection kept = applications.draft(id, scope).section(SectionKey.OVERVIEW);
        assertThat(kept.version()).isEqualTo(3);
        assertThat(((SectionContent.Narrative) kept.content()).text()).isEqualTo("我的版本");
        mvc.perform(get(conflictUrl).cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void theConflictPageComparesOnlyTheFieldsAPersonFilledIn() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        applications.saveSection(id, scope, SectionKey.ADVANCEMENT, 0, new SectionContent.Narrative("同事的先进性"),
                false, "colleague");
        String page = mvc.perform(get("/applications/" + id + "/sections/advancement").cookie(session))
                .andReturn().getResponse().getContentAsString();
        applications.saveSection(id, scope, SectionKey.ADVANCEMENT, 1, new SectionContent.Narrative("同事的第二版"),
                false, "colleague");
        String conflictUrl = mvc.perform(post("/applications/" + id + "/sections/advancement").cookie(session)
                        .with(csrf()).param("version", "1").param("draftToken", tokenIn(page))
                        .param("action", "save").param("text", "我的先进性"))
                .andReturn().getResponse().getRedirectedUrl();

        String conflict = mvc.perform(get(conflictUrl).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String rows = conflict.substring(conflict.indexOf("<tbody>"), conflict.indexOf("</tbody>"));
        assertThat(rows.split("<tr", -1)).hasSize(2);
        assertThat(rows).contains("同事的第二版").contains("我的先进性")
                .doesNotContain(">empty<").doesNotContain(">false<").doesNotContain(">true<");
    }

    @Test
    void aFormPostedAfterTheSessionExpiredIsKeptAndOfferedAgainAfterLogin() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String page = mvc.perform(get("/applications/" + id + "/sections/advancement").cookie(session))
                .andReturn().getResponse().getContentAsString();
        // the session ends while the person types (here: logged out elsewhere)
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());

        MvcResult posted = mvc.perform(post("/applications/" + id + "/sections/advancement").cookie(session)
                        .param("version", "0").param("draftToken", tokenIn(page)).param("action", "save")
                        .param("text", "与国内先进水平相比，良品率提高3个百分点。"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        Cookie newSession = cn.gov.hubei.jxt.pilot.Sessions.of(posted);

        MvcResult login = mvc.perform(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestBuilders.formLogin().user(applicant).password(Filing.PASSWORD))
                .andReturn();
        // the login request carries no cookie of the new session in this builder, so return there explicitly
        Cookie after = cn.gov.hubei.jxt.pilot.Sessions.of(login);
        mvc.perform(get("/applications/" + id + "/sections/advancement").cookie(after)).andExpect(status().isOk())
                .andExpect(content().string(containsString("与国内先进水平相比，良品率提高3个百分点。")))
                .andExpect(content().string(containsString("已恢复您在登录超时前")));
        assertThat(applications.draft(id, ApplicationScope.enterprise(enterprise.id())).sections()).isEmpty();
        assertThat(newSession).isNotNull();
    }

    @Test
    void theIndicatorChangeIsShownLiveInTheRightDirectionRoundedToOneDecimal() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        assertThat(change(id, "OPERATING_COST", "100", "80")).contains("运营成本降低20.0%").contains("text-success");
        assertThat(change(id, "PRODUCTION_EFFICIENCY", "100", "80")).contains("生产效率变差20.0%")
                .contains("text-danger");
        assertThat(change(id, "PRODUCTION_EFFICIENCY", "3", "4")).contains("生产效率提高33.3%");
        assertThat(change(id, "DEFECT_RATE", "3", "2")).contains("产品不良品率降低33.3%");
        assertThat(change(id, "DEVELOPMENT_CYCLE", "3", "1")).contains("产品研制周期缩短66.7%");
        assertThat(change(id, "ENERGY_UTILISATION", "80", "80")).contains("能源利用率无变化");
        assertThat(change(id, "ENERGY_UTILISATION", "0", "80")).contains("实施前的数值须大于0才能计算变化率");
        assertThat(change(id, "ENERGY_UTILISATION", "", "80")).contains("填写实施前后的数值后自动计算");
    }

    @Test
    void theQuantitativeConditionIsCheckedAsTheUserTypesSayingWhichConditionFails() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        assertThat(threshold(id, "DISCRETE", 3, "65")).contains(
                "制造装备数控化率 65%未达到要求（制造装备数控化率应超过70%）：离散型智能制造第3项要素条件。");
        assertThat(threshold(id, "DISCRETE", 3, "70.5")).contains("制造装备数控化率 70.5%，达到要求");
        assertThat(threshold(id, "PROCESS", 2, "90")).contains("生产工艺数据自动数采率 90%，达到要求");
        assertThat(threshold(id, "PROCESS", 3, "abc")).contains("请填写0到100之间的数值");
    }

    @Test
    void theCounterCountsCodePoints() throws Exception {
        String answer = mvc.perform(post("/applications/count").cookie(session).with(csrf())
                        .param("field", "summary").param("limit", "400").param("summary", "智能😀制造"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("已输入5字，限400字");
    }

    private String change(long id, String indicator, String before, String after) throws Exception {
        // htmx posts the plan's form: the indicator's row among the others
        return mvc.perform(post("/applications/" + id + "/plan/change").cookie(session).with(csrf())
                        .param("indicator", indicator).param("targets[0].indicator", indicator.equals("OPERATING_COST") ? "DEFECT_RATE" : "OPERATING_COST")
                        .param("targets[0].before", "1").param("targets[0].after", "1")
                        .param("targets[1].indicator", indicator).param("targets[1].before", before)
                        .param("targets[1].after", after))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String threshold(long id, String mode, int number, String figure) throws Exception {
        // htmx posts the section's form: the condition's row among the others
        return mvc.perform(post("/applications/" + id + "/self-assessment/check").cookie(session).with(csrf())
                        .param("mode", mode).param("number", String.valueOf(number))
                        .param("items[0].mode", "DISCRETE").param("items[0].number", "1")
                        .param("items[1].mode", mode).param("items[1].number", String.valueOf(number))
                        .param("items[1].figure", figure))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anAutosaveAfterTheSessionExpiredIsKeptAndLeadsToTheLoginPage() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String page = mvc.perform(get("/applications/" + id + "/sections/overview").cookie(session))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/logout").cookie(session).with(csrf()));
        mvc.perform(post("/applications/" + id + "/sections/overview").cookie(session).header("HX-Request", "true")
                        .param("version", "0").param("draftToken", tokenIn(page)).param("text", "自动保存时已超时"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .header().string("HX-Redirect", "/login?expired"));
        Cookie again = filing.login(applicant);
        mvc.perform(get("/applications/" + id + "/sections/overview").cookie(again))
                .andExpect(content().string(containsString("自动保存时已超时")));
        // a post without a token issued for that section is not kept: Spring Security refuses it as usual
        mvc.perform(post("/applications/" + id + "/sections/basic").param("version", "0")
                        .param("draftToken", tokenIn(page)).param("projectName", "伪造"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFigureIsUploadedWithItsCaptionFromTheImplementationPageAndWhatWasTypedIsSavedWithIt() throws Exception {
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        Filing.save(applications, id, scope, SectionKey.BASIC, Filing.basic("项目"), applicant);
        String page = mvc.perform(get("/applications/" + id + "/sections/implementation").cookie(session))
                .andExpect(content().string(containsString("请分别提供车间/工厂总体设计模型、工程设计模型")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/applications/" + id + "/sections/implementation")
                        .file(new org.springframework.mock.web.MockMultipartFile("figureFile-0", "网络结构图.png",
                                "image/png", Filing.PNG))
                        .param("version", "0").param("draftToken", tokenIn(page)).param("action", "upload:0")
                        .param("parts[0].group", "DISCRETE").param("parts[0].item", "1")
                        .param("parts[0].text", "已建立车间总体设计模型。").param("figureCaption-0", "工厂内部网络结构图")
                        .cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("工厂内部网络结构图")));
        SectionContent.Part part = ((SectionContent.Implementation) applications.draft(id, scope)
                .section(SectionKey.IMPLEMENTATION).content()).part("DISCRETE", 1).orElseThrow();
        assertThat(part.text()).isEqualTo("已建立车间总体设计模型。");
        assertThat(part.figures()).singleElement().satisfies(f -> {
            assertThat(f.caption()).isEqualTo("工厂内部网络结构图");
            assertThat(applications.files(id, scope)).extracting(AttachedFile::fileId).containsExactly(f.fileId());
        });
        // a PDF is no figure, whatever its name says
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/applications/" + id + "/sections/implementation")
                        .file(new org.springframework.mock.web.MockMultipartFile("figureFile-0", "图.png",
                                "image/png", Filing.PDF))
                        .param("version", "1").param("draftToken", tokenIn(page)).param("action", "upload:0")
                        .param("parts[0].group", "DISCRETE").param("parts[0].item", "1")
                        .param("parts[0].text", "已建立车间总体设计模型。").cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只接受 PNG、JPEG 格式的文件，“图.png.pdf”是 PDF 文件。")));
    }

    static String tokenIn(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"draftToken\" value=\"([0-9a-f]+)\"")
                .matcher(html);
        assertThat(m.find()).as("draft token in the page").isTrue();
        return m.group(1);
    }
}
