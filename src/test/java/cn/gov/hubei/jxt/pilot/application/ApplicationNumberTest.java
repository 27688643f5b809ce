package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckInput;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 申报编号: call year, division code and a sequence within the call's year and division (one call a year: within
 * the call), taken when the application is created, never reused, unique in the database, and what people read
 * wherever an application is named. Tests share the database, so sequences are checked from the last one given.
 */
@ApplicationIntegrationTest
class ApplicationNumberTest {

    static final String WUHAN = "420100";
    static final String YICHANG = "420500";

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;
    @Autowired JdbcClient jdbc;
    @Autowired RecommendationSteps recommendation;

    Filing filing;
    CallSummary call;

    @BeforeEach
    void openCall() {
        filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(null);
    }

    /** The last sequence number given in the call's year and division (0: none yet). */
    int given(String divisionCode) {
        return jdbc.sql("select coalesce(max(last_value), 0) from application_number_counter where call_year = :y "
                        + "and division_code = :d")
                .param("y", call.year()).param("d", divisionCode).query(Integer.class).single();
    }

    String number(String divisionCode, int sequence) {
        return call.year() + "-" + divisionCode + "-" + String.format("%04d", sequence);
    }

    String numberOf(long applicationId) {
        return jdbc.sql("select number from project_application where id = :id").param("id", applicationId)
                .query(String.class).single();
    }

    long create(String divisionCode) {
        Enterprise enterprise = filing.enterprise(divisionCode);
        return applications.create(call.id(), enterprise.id(), filing.applicantOf(enterprise)).id();
    }

    @Test
    void numbersCountOnWithinTheCallYearAndTheDivision() {
        int wuhan = given(WUHAN);
        int yichangBefore = given(YICHANG);
        long first = create(WUHAN);
        long second = create(WUHAN);
        long yichang = create(YICHANG);
        assertThat(numberOf(first)).isEqualTo(number(WUHAN, wuhan + 1)).matches("2031-420100-\\d{4}");
        assertThat(numberOf(second)).isEqualTo(number(WUHAN, wuhan + 2));
        assertThat(numberOf(yichang)).isEqualTo(number(YICHANG, yichangBefore + 1)).startsWith("2031-420500-");
    }

    @Test
    void aWithdrawnApplicationKeepsItsNumberAndTheNextOneTakesANewNumber() {
        int before = given(WUHAN);
        Filing.Submitted withdrawn = filing.submitted(applications, call.id(), WUHAN, "撤回的项目");
        applications.withdraw(withdrawn.applicationId(), ApplicationScope.enterprise(withdrawn.enterprise().id()),
                "企业决定明年再报", withdrawn.applicant());
        long next = applications.create(call.id(), withdrawn.enterprise().id(), withdrawn.applicant()).id();
        assertThat(numberOf(withdrawn.applicationId())).isEqualTo(number(WUHAN, before + 1));
        assertThat(numberOf(next)).isEqualTo(number(WUHAN, before + 2));
    }

    @Test
    void concurrentCreationsInOneDivisionTakeDistinctConsecutiveNumbers() throws Exception {
        List<Enterprise> companies = new ArrayList<>();
        List<String> applicants = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Enterprise enterprise = filing.enterprise(WUHAN);
            companies.add(enterprise);
            applicants.add(filing.applicantOf(enterprise));
        }
        int before = given(WUHAN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                tasks.add(() -> applications.create(call.id(), companies.get(n).id(), applicants.get(n)).id());
            }
            List<String> numbers = new ArrayList<>();
            for (Future<Long> created : pool.invokeAll(tasks)) {
                numbers.add(numberOf(created.get()));
            }
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                expected.add(number(WUHAN, before + i));
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesASecondApplicationWithTheSameNumber() {
        long first = create(WUHAN);
        long second = create(WUHAN);
        assertThatThrownBy(() -> jdbc.sql("update project_application set number = :n where id = :id")
                .param("n", numberOf(first)).param("id", second).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void peopleReadTheNumberOnTheListTheOverviewAndInTheApi() throws Exception {
        Enterprise enterprise = filing.enterprise(WUHAN);
        String applicant = filing.applicantOf(enterprise);
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        String number = numberOf(id);
        assertThat(number).isEqualTo(number(WUHAN, given(WUHAN)));
        Cookie session = filing.login(applicant);
        mvc.perform(get("/applications").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未命名的申报（" + number + "）")))
                .andExpect(content().string(containsString("<td class=\"text-nowrap\">" + number + "</td>")));
        mvc.perform(get("/applications/" + id).cookie(session))
                .andExpect(content().string(containsString("申报编号：" + number)));
        mvc.perform(get("/api/v1/applications/" + id).cookie(session))
                .andExpect(jsonPath("$.application.id").value(id))
                .andExpect(jsonPath("$.application.number").value(number));
        mvc.perform(get("/api/v1/applications").cookie(session))
                .andExpect(jsonPath("$[0].number").value(number));
        // a draft is the enterprise's own: the province reads numbers of submitted applications only
        String officer = filing.account(Role.OFFICER, null, null);
        mvc.perform(get("/applications").cookie(filing.login(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(number))));
    }

    @Test
    void theRecommenderAndTheProvinceReadTheNumberWhereTheyReadTheApplication() throws Exception {
        Filing.Submitted submitted = filing.submitted(applications, call.id(), WUHAN, "编号可读的数字化车间");
        String number = numberOf(submitted.applicationId());
        String recommender = filing.account(Role.RECOMMENDER, null, WUHAN);
        Cookie recommenderSession = filing.login(recommender);
        mvc.perform(get("/recommendation").param("call", String.valueOf(call.id())).cookie(recommenderSession))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/recommendation/applications/" + submitted.applicationId()).cookie(recommenderSession))
                .andExpect(content().string(containsString(number)));
        List<PrecheckInput> allMet = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            allMet.add(new PrecheckInput(c, "MET", null));
        }
        recommendation.savePrecheck(submitted.applicationId(), WUHAN, allMet, recommender);
        recommendation.recommend(submitted.applicationId(), WUHAN, recommender);
        recommendation.submit(call.id(), WUHAN, "numbers-" + call.id(), "盖章.pdf",
                new ByteArrayInputStream(Filing.PDF), recommender);
        Cookie officer = filing.login(filing.account(Role.OFFICER, null, null));
        mvc.perform(get("/intake").param("call", String.valueOf(call.id())).cookie(officer))
                .andExpect(content().string(containsString("<td class=\"text-nowrap\">" + number + "</td>")));
        mvc.perform(get("/intake/applications/" + submitted.applicationId()).cookie(officer))
                .andExpect(content().string(containsString("<dd class=\"col-sm-9\">" + number + "</dd>")));
        mvc.perform(get("/api/v1/intake/calls/" + call.id() + "/queue").cookie(officer))
                .andExpect(jsonPath("$.entries[0].number").value(number));
    }
}
