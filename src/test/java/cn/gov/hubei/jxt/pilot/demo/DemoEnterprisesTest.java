package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.StatusChange;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoEnterprisesTest {

    @Autowired DemoEnterprises demoEnterprises;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired ProjectApplications applications;
    @Autowired cn.gov.hubei.jxt.pilot.recommendation.Recommendations recommendations;

    @Test
    void twoMoreEnterprisesOfWuhanAndThreeOfYichangEachHaveTheirApplicantAndASubmittedApplication() {
        List<DemoEnterprises.DemoEnterprise> described = demoEnterprises.described();
        assertThat(described).extracting(DemoEnterprises.DemoEnterprise::divisionCode)
                .containsExactly("420100", "420100", "420500", "420500", "420500");
        for (DemoEnterprises.DemoEnterprise d : described) {
            String code = UnifiedSocialCreditCode.forEnterprise(d.areaCode(), d.organizationCodeBody()).value();
            Enterprise enterprise = enterprises.findByCreditCode(code).orElseThrow();
            assertThat(enterprise.name()).isEqualTo(d.name());
            assertThat(enterprise.divisionCode()).isEqualTo(d.divisionCode());
            AccountView applicant = users.findByUsername(d.username()).orElseThrow();
            assertThat(applicant.roles()).containsExactly(Role.APPLICANT);
            assertThat(applicant.enterpriseId()).isEqualTo(enterprise.id());
            assertThat(users.holders(Role.APPLICANT, enterprise.id(), null)).extracting(AccountView::username)
                    .containsExactly(d.username());

            ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
            ApplicationSummary application = applications.list(ApplicationQuery.in(scope)).stream()
                    .filter(a -> d.projectName().equals(a.projectName())).findFirst().orElseThrow();
            assertThat(application.divisionCode()).isEqualTo(d.divisionCode());
            assertThat(application.lastVersionNo()).isEqualTo(d.wasReturned() ? 2 : 1);
            FrozenVersion last = applications.version(application.id(), application.lastVersionNo(), scope)
                    .orElseThrow();
            SectionContent.BasicInfo basic = last.snapshot().sections().basic();
            assertThat(basic.summary()).isEqualTo(d.wasReturned() ? d.revisedSummary() : d.summary());
            assertThat(last.snapshot().profile().contactName()).isEqualTo(d.contactName());
            // the narrative names the enterprise itself, not the first demo enterprise
            assertThat(last.snapshot().sections().overview().text()).contains(d.name())
                    .doesNotContain(DemoData.ENTERPRISE_NAME);
        }
    }

    @Test
    void yichangRecommendedItsThreeInTheOrderOfTheFileAndSubmittedItsListWithTheScan() {
        // the call in which the demo enterprises filed (other tests move the clock, so it need not be open now)
        DemoEnterprises.DemoEnterprise first = demoEnterprises.described().get(2);
        Enterprise enterprise = enterprises.findByCreditCode(UnifiedSocialCreditCode.forEnterprise(first.areaCode(),
                first.organizationCodeBody()).value()).orElseThrow();
        long callId = applications.list(ApplicationQuery.in(ApplicationScope.enterprise(enterprise.id()))).stream()
                .filter(a -> first.projectName().equals(a.projectName())).findFirst().orElseThrow().callId();
        cn.gov.hubei.jxt.pilot.recommendation.RecommendationList list = recommendations.list(callId, "420500")
                .orElseThrow();
        assertThat(list.submittedAt()).isNotNull();
        assertThat(list.submittedBy()).isEqualTo(DemoEnterprises.YICHANG_RECOMMENDER);
        assertThat(list.late()).isFalse();
        assertThat(list.entries()).extracting(cn.gov.hubei.jxt.pilot.recommendation.RankedEntry::projectName)
                .containsExactlyElementsOf(demoEnterprises.described().stream()
                        .filter(d -> d.divisionCode().equals("420500"))
                        .map(DemoEnterprises.DemoEnterprise::projectName).toList());
        assertThat(list.entries()).extracting(cn.gov.hubei.jxt.pilot.recommendation.RankedEntry::contactName)
                .containsExactly("王磊", "周芳", "李娜");
        assertThat(recommendations.isSubmitted(callId, "420100")).isFalse();
    }

    @Test
    void theReturnedApplicationOfYichangWasReturnedWithItsReasonAndSubmittedAgainAsVersionTwo() {
        DemoEnterprises.DemoEnterprise returned = demoEnterprises.described().stream()
                .filter(DemoEnterprises.DemoEnterprise::wasReturned).findFirst().orElseThrow();
        String code = UnifiedSocialCreditCode.forEnterprise(returned.areaCode(), returned.organizationCodeBody())
                .value();
        Enterprise enterprise = enterprises.findByCreditCode(code).orElseThrow();
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        ApplicationSummary application = applications.list(ApplicationQuery.in(scope)).stream()
                .filter(a -> returned.projectName().equals(a.projectName())).findFirst().orElseThrow();
        List<StatusChange> history = applications.history(application.id(), scope);
        assertThat(history).extracting(StatusChange::transition).startsWith("submit", "return", "submit");
        assertThat(history.get(1).reason()).isEqualTo(returned.returnReason());
        assertThat(history.get(1).actor()).isEqualTo(DemoEnterprises.YICHANG_RECOMMENDER);
        assertThat(history.get(2).versionNo()).isEqualTo(2);
        assertThat(applications.compare(application.id(), 1, 2, scope).fields())
                .filteredOn(f -> f.changed()).extracting(f -> f.path()).containsExactly("sections.basic.summary");
    }
}
