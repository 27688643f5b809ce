package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.People;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.review.RubricDraft.CriterionDraft;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rubric per call: the 2020 default as version 1, new versions, the checks, the page and the API. */
@IntegrationTest
class RubricsTest {

    static final CurrentUser OFFICER = new CurrentUser(1, "officer", "项目办", Set.of(Role.OFFICER), null, null,
            false);

    @Autowired Rubrics rubrics;
    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    CallSummary call;

    @BeforeEach
    void call() {
        call = new Filing(mvc, calls, enterprises, users, clock).openCall(null);
    }

    @Test
    void aCallIsScoredWithThe2020DefaultUntilTheOfficeChangesIt() {
        Rubric rubric = rubrics.current(call.id());
        assertThat(rubric.version()).isEqualTo(1);
        assertThat(rubric.criteria()).extracting(Criterion::name)
                .containsExactly("先进性", "要素条件符合度", "实施成效", "自主可控", "示范推广", "成长性");
        assertThat(rubric.criteria()).extracting(c -> c.maxPoints().toPlainString())
                .containsExactly("20.00", "20.00", "25.00", "10.00", "15.00", "10.00");
        assertThat(rubric.criteria()).allSatisfy(c -> {
            assertThat(c.weight()).isEqualByComparingTo("1");
            assertThat(c.guidance()).isNotBlank();
        });
        assertThat(rubric.maxTotal()).hasToString("100.00");
        assertThat(rubric.tieBreak()).containsExactly("criterion:IMPLEMENTATION", "criterion:ADVANCEMENT",
                "CITY_RANK", "SUBMITTED_AT");
        assertThat(rubric.locked()).isFalse();
        assertThat(rubrics.current(call.id()).id()).as("created once").isEqualTo(rubric.id());
        assertThat(rubric.criteria().get(2).guidance()).contains("降低运营成本", "缩短产品研制周期", "提高生产效率",
                "降低产品不良品率", "提高能源利用率");
    }

    @Test
    void editingMakesANewVersionAndIsAudited() {
        rubrics.current(call.id());
        Rubric saved = rubrics.save(call.id(), draft("30", "20", "20", "10", "10", "10"), OFFICER);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.criteria().get(0).maxPoints()).hasToString("30.00");
        assertThat(rubrics.current(call.id()).id()).isEqualTo(saved.id());
        assertThat(rubrics.versions(call.id())).extracting(Rubric::version).containsExactly(2, 1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'review.rubric-saved' and target_id = :id")
                .param("id", String.valueOf(call.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRubricThatBreaksARuleIsRefusedBesideItsFieldsAndNothingIsSaved() {
        rubrics.current(call.id());
        RubricDraft bad = new RubricDraft(List.of(
                new CriterionDraft("ADVANCEMENT", "先进性", "1", "20.005", "要点"),
                new CriterionDraft("advancement", "", "-1", "20", ""),
                new CriterionDraft("GROWTH", "成长性", "1", "10", "要点")),
                List.of("criterion:NOPE", "CITY_RANK", "CITY_RANK"));
        assertThatThrownBy(() -> rubrics.save(call.id(), bad, OFFICER))
                .isInstanceOfSatisfying(ReviewRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("criteria[0].maxPoints", "review.rubric.number.invalid"),
                                org.assertj.core.groups.Tuple.tuple("criteria[1].code", "review.rubric.code.invalid"),
                                org.assertj.core.groups.Tuple.tuple("criteria[1].name", "review.rubric.name.missing"),
                                org.assertj.core.groups.Tuple.tuple("criteria[1].weight", "review.rubric.number.invalid"),
                                org.assertj.core.groups.Tuple.tuple("criteria[1].guidance", "review.rubric.guidance.missing"),
                                org.assertj.core.groups.Tuple.tuple("tieBreak[0]", "review.rubric.tie-break.invalid"),
                                org.assertj.core.groups.Tuple.tuple("tieBreak[2]", "review.rubric.tie-break.duplicate")));
        assertThatThrownBy(() -> rubrics.save(call.id(), draft("20", "20", "20", "10", "10", "10"), OFFICER))
                .isInstanceOfSatisfying(ReviewRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code, p -> p.getArguments()[0])
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("review.rubric.total", "90.00")));
        assertThat(rubrics.versions(call.id())).hasSize(1);
    }

    @Test
    void onlyTheOfficeEditsARubric() {
        CurrentUser expert = new CurrentUser(5, "expert", "专家", Set.of(Role.EXPERT), null, null, false);
        CurrentUser officerAdmin = new CurrentUser(6, "oa", "管理员", Set.of(Role.OFFICER, Role.SYSTEM_ADMIN), null,
                null, false);
        for (CurrentUser user : List.of(expert, officerAdmin)) {
            assertThatThrownBy(() -> rubrics.save(call.id(), draft("30", "20", "20", "10", "10", "10"), user))
                    .isInstanceOfSatisfying(ReviewRefusedException.class,
                            e -> assertThat(e.code()).isEqualTo("review.not-officer"));
        }
    }

    @Test
    void theOfficerSeesAndEditsTheRubricOnItsPage() throws Exception {
        mvc.perform(get("/review/calls/{id}/rubric", call.id()).with(People.as("officer", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("实施成效")))
                .andExpect(content().string(containsString("实施成效得分高者在前")))
                .andExpect(content().string(containsString("地市推荐排名靠前者在前")));
        mvc.perform(post("/review/calls/{id}/rubric", call.id()).with(People.as("officer", Role.OFFICER)).with(csrf())
                        .param("criteria[0].code", "ADVANCEMENT").param("criteria[0].name", "先进性")
                        .param("criteria[0].weight", "1").param("criteria[0].maxPoints", "50")
                        .param("criteria[0].guidance", "要点")
                        .param("criteria[1].code", "IMPLEMENTATION").param("criteria[1].name", "实施成效")
                        .param("criteria[1].weight", "1").param("criteria[1].maxPoints", "40")
                        .param("criteria[1].guidance", "要点")
                        .param("tieBreak", "criterion:IMPLEMENTATION, CITY_RANK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("合计须为 100，现为 90.00")));
        assertThat(rubrics.versions(call.id())).hasSize(1);
        mvc.perform(post("/review/calls/{id}/rubric", call.id()).with(People.as("officer", Role.OFFICER)).with(csrf())
                        .param("criteria[0].code", "ADVANCEMENT").param("criteria[0].name", "先进性")
                        .param("criteria[0].weight", "1").param("criteria[0].maxPoints", "60")
                        .param("criteria[0].guidance", "要点")
                        .param("criteria[1].code", "IMPLEMENTATION").param("criteria[1].name", "实施成效")
                        .param("criteria[1].weight", "1").param("criteria[1].maxPoints", "40")
                        .param("criteria[1].guidance", "要点")
                        .param("tieBreak", "criterion:IMPLEMENTATION, CITY_RANK"))
                .andExpect(status().is3xxRedirection());
        Rubric saved = rubrics.current(call.id());
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.tieBreak()).containsExactly("criterion:IMPLEMENTATION", "CITY_RANK");
        mvc.perform(get("/review/calls/{id}/rubric", call.id()).with(People.as("applicant", Role.APPLICANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/review/calls/{id}/rubric", 987_654_321L).with(People.as("officer", Role.OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiReadsAndSavesTheRubric() throws Exception {
        mvc.perform(get("/api/v1/review/calls/{id}/rubric", call.id()).with(People.as("officer", Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.criteria[2].name").value("实施成效"))
                .andExpect(jsonPath("$.criteria[2].maxPoints").value(25.00));
        mvc.perform(put("/api/v1/review/calls/{id}/rubric", call.id()).with(People.as("officer", Role.OFFICER))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"criteria":[{"code":"ADVANCEMENT","name":"先进性","weight":"2","maxPoints":"50",
                                "guidance":"要点"}],"tieBreak":["CITY_RANK"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(put("/api/v1/review/calls/{id}/rubric", call.id()).with(People.as("officer", Role.OFFICER))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"criteria":[{"code":"ADVANCEMENT","name":"先进性","weight":"1","maxPoints":"50",
                                "guidance":"要点"}],"tieBreak":[]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("criteria"));
        mvc.perform(get("/api/v1/review/calls/{id}/rubric", 987_654_321L).with(People.as("officer", Role.OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/review/calls/{id}/rubric", call.id()).with(People.as("expert", Role.EXPERT)))
                .andExpect(status().isForbidden());
    }

    static RubricDraft draft(String... max) {
        String[] codes = {"ADVANCEMENT", "ELEMENTS", "IMPLEMENTATION", "AUTONOMY", "PROMOTION", "GROWTH"};
        List<CriterionDraft> criteria = new ArrayList<>();
        for (int i = 0; i < max.length; i++) {
            criteria.add(new CriterionDraft(codes[i], "指标" + i, "1.00", max[i], "要点" + i));
        }
        return new RubricDraft(criteria, List.of("criterion:IMPLEMENTATION", "CITY_RANK", "SUBMITTED_AT"));
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
