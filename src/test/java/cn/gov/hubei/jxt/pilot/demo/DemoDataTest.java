package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.AccountView;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTest {

    @Autowired UserAdministration users;
    @Autowired Enterprises enterprises;
    @Autowired Calls calls;
    @Autowired ReferenceCatalog reference;
    @Autowired Clock clock;
    @Autowired DemoCall demoCall;

    @Test
    void everyDemoAccountExistsWithItsRoleAndScopeAndNoForcedChange() {
        for (DemoData.DemoAccount demo : DemoData.ACCOUNTS) {
            AccountView account = users.findByUsername(demo.username()).orElseThrow();
            assertThat(account.roles()).containsExactly(demo.role());
            assertThat(account.mustChangePassword()).isFalse();
            assertThat(account.enabled()).isTrue();
            assertThat(account.divisionCode()).isEqualTo(demo.divisionCode());
        }
        assertThat(users.findByUsername("wuhan").orElseThrow().divisionCode()).isEqualTo("420100");
        assertThat(users.findByUsername("yichang").orElseThrow().divisionCode()).isEqualTo("420500");
        assertThat(DemoData.ACCOUNTS).extracting(DemoData.DemoAccount::username).containsExactly(
                "applicant", "wuhan", "yichang", "officer", "expert1", "expert2", "expert3",
                "sysadmin", "secadmin", "auditor");
    }

    @Test
    void theApplicantActsForAWuhanEnterpriseWithAValidCreditCode() {
        AccountView applicant = users.findByUsername("applicant").orElseThrow();
        Enterprise enterprise = enterprises.find(applicant.enterpriseId()).orElseThrow();
        assertThat(enterprise.creditCode()).isEqualTo("91420106MA4K00010G");
        assertThat(UnifiedSocialCreditCode.validate(enterprise.creditCode()).valid()).isTrue();
        assertThat(reference.hubeiDivisionFor(UnifiedSocialCreditCode.parse(enterprise.creditCode())
                .registrationAreaCode()).orElseThrow().code()).isEqualTo("420100");
        assertThat(enterprise.divisionCode()).isEqualTo("420100");
    }

    @Test
    void aCallUnderThe2020ElementConditionsIsOpenForFilingToday() {
        // other tests move their clocks past the demo call's deadlines; a demo start then publishes a fresh one
        demoCall.ensure();
        List<CallSummary> open = calls.openForFiling();
        assertThat(open).isNotEmpty();
        CallSummary call = open.get(0);
        assertThat(call.status()).isEqualTo(CallStatus.FILING_OPEN);
        assertThat(call.elementConditionVersion()).isEqualTo("2020");
        assertThat(call.filingOpensAt()).isBefore(clock.instant());
        assertThat(call.filingClosesAt()).isAfter(clock.instant());
    }

    @Test
    void ensuringTheDemoCallTwiceCreatesOnlyOne() {
        demoCall.ensure();
        int before = calls.all().size();
        demoCall.ensure();
        assertThat(calls.all()).hasSize(before);
    }
}
