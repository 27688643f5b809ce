package cn.gov.hubei.jxt.pilot.recommendation;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.Filing;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.recommendation.internal.PrecheckInput;
import cn.gov.hubei.jxt.pilot.recommendation.internal.RecommendationSteps;
import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Builders for the recommendation tests, on top of {@link Filing}: a call of the test's own (so that other tests'
 * clocks never close it), submitted applications whose enterprise profile has a contact, recommenders with e-mail
 * addresses, a complete pre-check. Times are those of {@link Filing#NOW}: filing opened the day before, closes 60 days
 * after that, the recommenders' deadline is 15 days later.
 */
final class Recommending {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final MockMvc mvc;
    final Calls calls;
    final ProjectApplications applications;
    final RecommendationSteps service;
    final MutableClock clock;
    final UserAdministration users;
    final Filing filing;

    Recommending(MockMvc mvc, Calls calls, Enterprises enterprises, UserAdministration users, MutableClock clock,
                 ProjectApplications applications, RecommendationSteps service) {
        this.mvc = mvc;
        this.calls = calls;
        this.applications = applications;
        this.service = service;
        this.clock = clock;
        this.users = users;
        this.filing = new Filing(mvc, calls, enterprises, users, clock);
    }

    /** Filing opened at NOW − 1 day, closes 60 days later, recommendation deadline 75 days after opening. */
    static final LocalDateTime OPENS = Filing.NOW.minusDays(1);
    static final LocalDateTime FILING_CLOSES = OPENS.plusDays(60);
    static final LocalDateTime DEADLINE = OPENS.plusDays(75);

    /** Sets the clock to {@link Filing#NOW} and publishes a call open for filing, with the quota (null: none). */
    CallSummary call(Integer quota) {
        clock.set(Filing.NOW);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(OPENS).year(2031).quota(quota).maxProjects(20)
                .build(), "recommendation-test");
        return calls.publish(call.id(), "recommendation-test");
    }

    /** A recommender of the division with a unique e-mail address; its user name. */
    String recommender(String divisionCode) {
        String username = "rec-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        users.create(new NewAccount(username, "推荐人" + username, username + "@jxj.example.cn", null,
                Set.of(Role.RECOMMENDER), null, divisionCode), Filing.PASSWORD, false);
        return username;
    }

    String account(Role role, Long enterpriseId, String divisionCode) {
        return filing.account(role, enterpriseId, divisionCode);
    }

    Cookie login(String username) throws Exception {
        return filing.login(username);
    }

    /** A submitted application (version 1) of a new enterprise of the division, whose profile names its contact. */
    Submitted submitted(CallSummary call, String divisionCode, String projectName) throws Exception {
        Enterprise enterprise = filing.enterprise(divisionCode);
        String applicant = filing.applicantOf(enterprise);
        int n = SEQUENCE.incrementAndGet();
        String contact = "联系人" + n;
        String phone = "027-8765" + String.format("%04d", n % 10_000);
        String mobile = "1390000" + String.format("%04d", n % 10_000);
        Cookie session = login(applicant);
        mvc.perform(put("/api/v1/enterprises/me/profile").cookie(session).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(profile(contact, phone, mobile)))
                .andExpect(status().isOk());
        long id = applications.create(call.id(), enterprise.id(), applicant).id();
        Filing.complete(applications, id, enterprise.id(), applicant, projectName);
        applications.submit(id, ApplicationScope.enterprise(enterprise.id()), "submit-" + id, applicant);
        return new Submitted(id, enterprise, applicant, contact, phone + " / " + mobile);
    }

    /** A submitted application without a saved profile (no contact), as {@link Filing#submitted} makes it. */
    Filing.Submitted plain(CallSummary call, String divisionCode, String projectName) {
        return filing.submitted(applications, call.id(), divisionCode, projectName);
    }

    record Submitted(long id, Enterprise enterprise, String applicant, String contactName, String contactPhone) {
    }

    /** The verdicts on all eight conditions: MET, except those given as NOT_MET or TO_VERIFY (with a note). */
    static List<PrecheckInput> verdicts(int notMet, int toVerify) {
        List<PrecheckInput> inputs = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            String verdict = c == notMet ? "NOT_MET" : c == toVerify ? "TO_VERIFY" : "MET";
            inputs.add(new PrecheckInput(c, verdict, verdict.equals("MET") ? null : "第" + c + "项需要说明。"));
        }
        return inputs;
    }

    static List<PrecheckInput> allMet() {
        return verdicts(0, 0);
    }

    /** Pre-checks the application (all met) and recommends it, as the division's recommender. */
    void recommend(long applicationId, String divisionCode, String recommender) {
        service.savePrecheck(applicationId, divisionCode, allMet(), recommender);
        service.recommend(applicationId, divisionCode, recommender);
    }

    private static String profile(String contact, String phone, String mobile) {
        return """
                {"foundedOn":"2008-03-18","nature":"PRIVATE","address":"湖北省武汉市东湖高新区光谷大道1号",
                 "contactName":"%s","contactTitle":"总经理","contactPhone":"%s","contactMobile":"%s",
                 "contactFax":null,"contactEmail":"contact@example.com","totalAssets":12345.67,"debtRatio":45.5,
                 "creditRating":"AAA","lastYearSales":8000.5,"lastYearTax":320,"lastYearProfit":1200.25,
                 "integrationManagementPilot":true,"smartManufacturingProject":false,
                 "smartManufacturingProjectName":null,"introduction":"企业专业从事智能装备的研发和制造。"}"""
                .formatted(contact, phone, mobile);
    }
}
