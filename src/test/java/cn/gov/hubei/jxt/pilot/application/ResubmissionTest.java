package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.DatabaseInvariants;
import cn.gov.hubei.jxt.pilot.SuspendsInvariants;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Submitting again: a correction (补正) is labelled and confirmed as going to the province, a revision after a return
 * as going to the division; a resubmission that changes nothing is asked about first, on the page and in the API.
 */
@ApplicationIntegrationTest
@SuspendsInvariants(value = {DatabaseInvariants.WITH_PROVINCE_ON_LIST, DatabaseInvariants.REVIEWED_STATUS_HAS_FORMAL_REVIEW},
        because = "takes recommenders' and officers' decisions with ProjectApplications.decide, below the modules that"
                + " keep the list and the formal review")
class ResubmissionTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;

    Filing filing;
    Filing.Submitted submitted;
    ApplicationScope scope;
    long id;
    Cookie session;

    @BeforeEach
    void aSubmittedApplicationOfWuhan() throws Exception {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        CallSummary call = filing.openCall(null);
        submitted = filing.submitted(applications, call.id(), "420100", "武汉补正测试项目");
        scope = ApplicationScope.enterprise(submitted.enterprise().id());
        id = submitted.applicationId();
        session = filing.login(submitted.applicant());
    }

    @Test
    void aCorrectionIsSubmittedToTheProvinceAndSaysSo() throws Exception {
        Deciding.decide(applications, id, ApplicationTransition.RECOMMEND, null, null, "wuhan");
        Deciding.decide(applications, id, ApplicationTransition.REQUEST_CORRECTION, "【材料不全】请补充审计报告。",
                clock.instant().plus(Duration.ofDays(7)), "officer");
        String overview = page("/applications/" + id);
        assertThat(overview).contains("<h2 class=\"h5 card-title\">提交补正材料</h2>",
                        "data-confirm=\"提交后补正材料将冻结为一个新版本并报送湖北省经济和信息化厅进行形式审查，确定提交吗？\"",
                        ">提交补正材料至省经信厅</button>")
                .doesNotContain("提交至推荐单位", "报送武汉市");

        Filing.save(applications, id, scope, SectionKey.OVERVIEW, Filing.narrative("补正后的企业概述。"),
                submitted.applicant());
        mvc.perform(post("/applications/" + id + "/submit").cookie(session).with(csrf())
                        .param("submitToken", "correction"))
                .andExpect(flash().attribute("success", "已提交第2版，报送湖北省经济和信息化厅。"));
        assertThat(applications.find(id, scope).orElseThrow().status()).isEqualTo(ApplicationStatus.CORRECTED);
    }

    @Test
    void aRevisionAfterAReturnGoesToTheDivision() throws Exception {
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "请补充投资明细。", null, "wuhan");
        assertThat(page("/applications/" + id)).contains("<h2 class=\"h5 card-title\">提交申报书</h2>",
                        "data-confirm=\"提交后申报书将冻结为一个版本并报送武汉市，确定提交吗？\"", ">提交至推荐单位</button>")
                .doesNotContain("省经信厅</button>", "报送湖北省经济和信息化厅");
        assertThat(ApplicationTransition.submissionFrom(ApplicationStatus.RETURNED))
                .contains(ApplicationTransition.SUBMIT);
        assertThat(ApplicationTransition.submissionFrom(ApplicationStatus.CORRECTION_REQUESTED))
                .contains(ApplicationTransition.SUBMIT_CORRECTION);
        assertThat(ApplicationTransition.submissionFrom(ApplicationStatus.SUBMITTED)).isEmpty();
    }

    @Test
    void anUnchangedResubmissionIsAskedAboutOnThePage() throws Exception {
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "请补充投资明细。", null, "wuhan");
        mvc.perform(post("/applications/" + id + "/submit").cookie(session).with(csrf()).param("submitToken", "u1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("unchanged", 1));
        assertThat(applications.find(id, scope).orElseThrow().status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(applications.versions(id, scope)).hasSize(1);

        String asked = mvc.perform(get("/applications/" + id).cookie(session).flashAttr("unchanged", 1))
                .andReturn().getResponse().getContentAsString();
        assertThat(asked).contains("申报书与上次提交的第1版完全相同，没有任何修改。退回或补正通常需要按意见修改后再提交。确定不作修改直接提交吗？",
                "href=\"/applications/" + id + "/compare?left=1&amp;right=0\"", "对比第1版与当前草稿",
                "name=\"confirmUnchanged\" value=\"true\"", ">不作修改，仍然提交</button>");
        assertThat(page("/applications/" + id)).doesNotContain("完全相同");

        mvc.perform(post("/applications/" + id + "/submit").cookie(session).with(csrf()).param("submitToken", "u2")
                        .param("confirmUnchanged", "true"))
                .andExpect(flash().attribute("success", "已提交第2版，报送武汉市。"));
        assertThat(applications.find(id, scope).orElseThrow().lastVersionNo()).isEqualTo(2);
    }

    @Test
    void anUnchangedResubmissionIsA409InTheApiUnlessConfirmedAndAChangedOneIsNotAsked() throws Exception {
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "请补充投资明细。", null, "wuhan");
        String api = "/api/v1/applications/" + id + "/submit";
        mvc.perform(post(api).cookie(session).with(csrf()).header("Idempotency-Key", "api-1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "本次提交的内容与第1版完全相同，没有任何修改；确认不作修改仍要提交时请明确确认（confirmUnchanged=true）。"))
                .andExpect(jsonPath("$.unchanged").value(true))
                .andExpect(jsonPath("$.previousVersion").value(1));
        assertThatThrownBy(() -> applications.submit(id, scope, "service-1", submitted.applicant()))
                .isInstanceOfSatisfying(UnchangedResubmissionException.class,
                        e -> assertThat(e.previousVersion()).isEqualTo(1));
        mvc.perform(post(api).cookie(session).with(csrf()).header("Idempotency-Key", "api-2")
                        .param("confirmUnchanged", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versionNumber").value(2));

        // changed after the next return: submitted without a question
        Deciding.decide(applications, id, ApplicationTransition.RETURN, "请再补充。", null, "wuhan");
        Filing.save(applications, id, scope, SectionKey.ADVANCEMENT, Filing.narrative("先进性分析（补充）。"),
                submitted.applicant());
        mvc.perform(post(api).cookie(session).with(csrf()).header("Idempotency-Key", "api-3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versionNumber").value(3));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
