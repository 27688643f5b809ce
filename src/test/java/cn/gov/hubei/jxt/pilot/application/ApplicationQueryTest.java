package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.DatabaseInvariants;
import cn.gov.hubei.jxt.pilot.SuspendsInvariants;
import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ApplicationQuery} through the real database: each filter, the text match, paging and counting, and the
 * caller's scope, which every query applies whatever its filters ask for.
 */
@ApplicationIntegrationTest
@SuspendsInvariants(value = {DatabaseInvariants.WITH_PROVINCE_ON_LIST, DatabaseInvariants.REVIEWED_STATUS_HAS_FORMAL_REVIEW},
        because = "takes recommenders' and officers' decisions with ProjectApplications.decide, below the modules that"
                + " keep the list and the formal review")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationQueryTest {

    @Autowired MockMvc mvc;
    @Autowired Calls calls;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired MutableClock clock;
    @Autowired ProjectApplications applications;

    CallSummary call;
    CallSummary otherCall;
    /** 武汉 (420100): submitted. */
    ApplicationSummary wuhanSubmitted;
    /** 武汉 (420100), the same enterprise: a draft, never submitted. */
    ApplicationSummary wuhanDraft;
    /** 宜昌 (420500): recommended. */
    ApplicationSummary yichangRecommended;
    /** 宜昌 (420500): returned for revision. */
    ApplicationSummary yichangReturned;
    /** 宜昌 (420500), in another call: submitted. */
    ApplicationSummary elsewhere;

    @BeforeAll
    void applicationsOfTwoDivisionsInTwoCalls() {
        Filing filing = new Filing(mvc, calls, enterprises, users, clock);
        call = filing.openCall(null);
        Filing.Submitted w = filing.submitted(applications, call.id(), "420100", "MES智能工厂项目");
        long draft = applications.create(call.id(), w.enterprise().id(), w.applicant()).id();
        Filing.save(applications, draft, ApplicationScope.enterprise(w.enterprise().id()), SectionKey.BASIC,
                Filing.basic("武汉数字化车间草稿"), w.applicant());
        long recommended = filing.submitted(applications, call.id(), "420500", "宜昌智能产线项目").applicationId();
        Deciding.decide(applications, recommended, ApplicationTransition.RECOMMEND, null, null, "yichang");
        long returned = filing.submitted(applications, call.id(), "420500", "宜昌柔性制造项目").applicationId();
        Deciding.decide(applications, returned, ApplicationTransition.RETURN, "请补充投资明细。", null, "yichang");
        otherCall = filing.openCall(null);
        long other = filing.submitted(applications, otherCall.id(), "420500", "另一批次的智能工厂项目").applicationId();

        wuhanSubmitted = all(w.applicationId());
        wuhanDraft = all(draft);
        yichangRecommended = all(recommended);
        yichangReturned = all(returned);
        elsewhere = all(other);
    }

    private ApplicationSummary all(long id) {
        return applications.find(id, ApplicationScope.ALL).orElseThrow();
    }

    private List<Long> ids(ApplicationQuery query) {
        return applications.list(query).stream().map(ApplicationSummary::id).toList();
    }

    private ApplicationQuery inCall(ApplicationScope scope) {
        return ApplicationQuery.in(scope).call(call.id());
    }

    @Test
    void theCallFilterKeepsOneCallsApplicationsNewestFirst() {
        assertThat(ids(inCall(ApplicationScope.ALL))).containsExactly(yichangReturned.id(),
                yichangRecommended.id(), wuhanDraft.id(), wuhanSubmitted.id());
        assertThat(ids(ApplicationQuery.in(ApplicationScope.ALL).call(otherCall.id())))
                .containsExactly(elsewhere.id());
        assertThat(ids(ApplicationQuery.in(ApplicationScope.ALL).text("智能工厂")))
                .contains(elsewhere.id(), wuhanSubmitted.id());
    }

    @Test
    void theStatusGroupAndStatusFiltersSelectInTheDatabase() {
        assertThat(ids(inCall(ApplicationScope.ALL).group(ApplicationStatusGroup.EDITABLE)))
                .containsExactly(yichangReturned.id(), wuhanDraft.id());
        assertThat(ids(inCall(ApplicationScope.ALL).group(ApplicationStatusGroup.WITH_PROVINCE)))
                .containsExactly(yichangRecommended.id());
        assertThat(ids(inCall(ApplicationScope.ALL).group(ApplicationStatusGroup.AWAITING_FORMAL_REVIEW)))
                .containsExactly(yichangRecommended.id());
        assertThat(ids(inCall(ApplicationScope.ALL).group(ApplicationStatusGroup.FINAL))).isEmpty();
        assertThat(ids(inCall(ApplicationScope.ALL).status(ApplicationStatus.SUBMITTED)))
                .containsExactly(wuhanSubmitted.id());
        assertThat(ids(inCall(ApplicationScope.ALL).group(ApplicationStatusGroup.EDITABLE)
                .status(ApplicationStatus.RETURNED))).containsExactly(yichangReturned.id());
        assertThat(ids(inCall(ApplicationScope.ALL).group(ApplicationStatusGroup.WITH_PROVINCE)
                .status(ApplicationStatus.RETURNED))).isEmpty();
    }

    @Test
    void theDivisionFilterKeepsOneDivision() {
        assertThat(ids(inCall(ApplicationScope.ALL).division("420500")))
                .containsExactly(yichangReturned.id(), yichangRecommended.id());
        assertThat(ids(inCall(ApplicationScope.PROVINCE).division("420100"))).containsExactly(wuhanSubmitted.id());
        assertThat(ids(inCall(ApplicationScope.ALL).division("420300"))).isEmpty();
    }

    @Test
    void theTextMatchesNumberProjectNameAndEnterpriseNameIgnoringCase() {
        assertThat(ids(inCall(ApplicationScope.ALL).text(yichangRecommended.number())))
                .containsExactly(yichangRecommended.id());
        assertThat(ids(inCall(ApplicationScope.ALL).text(" " + yichangReturned.number().substring(5) + " ")))
                .containsExactly(yichangReturned.id());
        assertThat(ids(inCall(ApplicationScope.ALL).text("mes智能"))).containsExactly(wuhanSubmitted.id());
        assertThat(ids(inCall(ApplicationScope.ALL).text("柔性制造"))).containsExactly(yichangReturned.id());
        assertThat(ids(inCall(ApplicationScope.ALL).text(wuhanSubmitted.enterpriseName())))
                .containsExactly(wuhanDraft.id(), wuhanSubmitted.id());
        assertThat(ids(inCall(ApplicationScope.ALL).text("%"))).isEmpty();
        assertThat(ids(inCall(ApplicationScope.ALL).text("_"))).isEmpty();
        assertThat(ids(inCall(ApplicationScope.ALL).text("   "))).hasSize(4);
    }

    @Test
    void pagesSplitTheListAndTheCountIsOfAllPages() {
        ApplicationQuery query = inCall(ApplicationScope.ALL);
        assertThat(ids(query.page(0, 3))).containsExactly(yichangReturned.id(), yichangRecommended.id(),
                wuhanDraft.id());
        assertThat(ids(query.page(1, 3))).containsExactly(wuhanSubmitted.id());
        assertThat(ids(query.page(2, 3))).isEmpty();
        assertThat(applications.count(query)).isEqualTo(4);
        assertThat(applications.count(query.page(1, 3))).isEqualTo(4);
        assertThat(applications.count(query.division("420500").text("智能产线"))).isEqualTo(1);
    }

    @Test
    void theScopeAlwaysApplies() {
        ApplicationScope yichang = ApplicationScope.division("420500");
        assertThat(ids(inCall(yichang).division("420100"))).isEmpty();
        assertThat(applications.count(inCall(yichang).division("420100"))).isZero();
        assertThat(ids(inCall(yichang))).containsExactly(yichangReturned.id(), yichangRecommended.id());
        assertThat(ids(inCall(ApplicationScope.division("420100")))).containsExactly(wuhanSubmitted.id());
        assertThat(ids(inCall(ApplicationScope.division("420100")).text("草稿"))).isEmpty();
        assertThat(ids(inCall(ApplicationScope.PROVINCE))).containsExactly(yichangReturned.id(),
                yichangRecommended.id(), wuhanSubmitted.id());
        ApplicationScope wuhanEnterprise = ApplicationScope.enterprise(wuhanSubmitted.enterpriseId());
        assertThat(ids(inCall(wuhanEnterprise))).containsExactly(wuhanDraft.id(), wuhanSubmitted.id());
        assertThat(ids(inCall(wuhanEnterprise).text(yichangRecommended.number()))).isEmpty();
        assertThat(ids(inCall(ApplicationScope.assigned(Long.MAX_VALUE)))).isEmpty();
        assertThat(ids(inCall(ApplicationScope.NONE))).isEmpty();
        assertThat(applications.count(inCall(ApplicationScope.NONE))).isZero();
    }
}
