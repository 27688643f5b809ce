package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.IntegrationTest;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.SectionState;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoApplicationsTest {

    static final String SUBMITTED = "基于工业互联网的新能源汽车零部件智能工厂";
    static final String DRAFT = "新能源汽车零部件产业链网络协同制造平台";

    @Autowired ProjectApplications applications;
    @Autowired Enterprises enterprises;
    @Autowired UserAdministration users;
    @Autowired DemoApplications demoApplications;
    @Autowired DemoCall demoCall;

    Enterprise demoEnterprise() {
        return enterprises.find(users.findByUsername("applicant").orElseThrow().enterpriseId()).orElseThrow();
    }

    Map<String, ApplicationSummary> demoApplicationsByName(Enterprise enterprise) {
        return applications.list(ApplicationQuery.in(ApplicationScope.enterprise(enterprise.id()))).stream()
                .filter(a -> SUBMITTED.equals(a.projectName()) || DRAFT.equals(a.projectName()))
                .collect(Collectors.toMap(ApplicationSummary::projectName, Function.identity()));
    }

    @Test
    void theDemoApplicantHasOneSubmittedAndOneDraftApplicationInTheDemoCall() {
        Enterprise enterprise = demoEnterprise();
        Map<String, ApplicationSummary> demo = demoApplicationsByName(enterprise);
        assertThat(demo).containsOnlyKeys(SUBMITTED, DRAFT);
        ApplicationSummary submitted = demo.get(SUBMITTED);
        ApplicationSummary draft = demo.get(DRAFT);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.lastVersionNo()).isEqualTo(1);
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.lastVersionNo()).isZero();
        assertThat(draft.callId()).isEqualTo(submitted.callId());
        assertThat(submitted.callTitle()).endsWith("年湖北省智能制造试点示范项目遴选");
        // in that call, exactly these two of the demo enterprise carry the demo titles
        assertThat(applications.list(ApplicationQuery.in(ApplicationScope.enterprise(enterprise.id()))).stream()
                .filter(a -> a.callId() == submitted.callId())
                .filter(a -> SUBMITTED.equals(a.projectName()) || DRAFT.equals(a.projectName()))
                .map(ApplicationSummary::status))
                .containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.DRAFT);
    }

    @Test
    void theSubmittedVersionIsCompleteWithFiguresEquipmentOfEveryOriginPatentsAndTheProfile() {
        Enterprise enterprise = demoEnterprise();
        ApplicationSummary submitted = demoApplicationsByName(enterprise).get(SUBMITTED);
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        assertThat(applications.check(submitted.id(), scope)).extracting(SectionCheck::state)
                .containsOnly(SectionState.COMPLETE).hasSize(SectionKey.values().length);

        FrozenVersion version = applications.version(submitted.id(), 1, scope).orElseThrow();
        var sections = version.snapshot().sections();
        var basic = (SectionContent.BasicInfo) sections.get(SectionKey.BASIC);
        assertThat(basic.modes()).containsExactly("DISCRETE", "REMOTE_OM");
        assertThat(basic.technologies()).containsExactly("INDUSTRIAL_INTERNET", "AI");
        assertThat(basic.divisionCode()).isEqualTo("420100");
        var implementation = (SectionContent.Implementation) sections.get(SectionKey.IMPLEMENTATION);
        assertThat(implementation.parts()).hasSize(7 + 5 + 5 + 4);
        assertThat(implementation.part("DISCRETE", 6).orElseThrow().figures()).singleElement()
                .extracting(SectionContent.Figure::caption).isEqualTo("图 工厂网络架构");
        assertThat(implementation.part("DISCRETE", 1).orElseThrow().text()).contains("\n\n");
        var assessment = (SectionContent.SelfAssessment) sections.get(SectionKey.SELF_ASSESSMENT);
        assertThat(assessment.item("DISCRETE", 3).orElseThrow().figure()).isEqualTo("82.5");
        var plan = (SectionContent.Plan) sections.get(SectionKey.PLAN);
        assertThat(plan.target("OPERATING_COST").orElseThrow())
                .isEqualTo(new SectionContent.Target("OPERATING_COST", "万元/年", "12000", "9600"));
        var attachments = (SectionContent.Attachments) sections.get(SectionKey.ATTACHMENTS);
        assertThat(attachments.equipment()).extracting(SectionContent.Equipment::origin)
                .containsOnly("DOMESTIC_HUBEI", "DOMESTIC_OTHER", "IMPORTED")
                .filteredOn("IMPORTED"::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(attachments.patents()).hasSize(4);

        var files = applications.files(submitted.id(), scope);
        assertThat(files).filteredOn(f -> f.purpose() == FilePurpose.FIGURE).hasSize(3);
        var commitment = applications.readFile(submitted.id(), attachments.commitmentFileId(), scope).orElseThrow();
        assertThat(new String(commitment.bytes(), 0, 5)).isEqualTo("%PDF-");
        var figure = applications.readFile(submitted.id(),
                implementation.part("DISCRETE", 6).orElseThrow().figures().get(0).fileId(), scope).orElseThrow();
        assertThat(figure.bytes()[1]).isEqualTo((byte) 'P');

        EnterpriseProfile profile = enterprises.profile(enterprise.id()).orElseThrow();
        assertThat(profile.version()).isGreaterThanOrEqualTo(1);
        assertThat(profile.contactName()).isNotBlank();
        assertThat(profile.totalAssets()).isPositive();
    }

    @Test
    void theDraftIsHalfDoneBasicOverviewAndAdvancementOnly() {
        Enterprise enterprise = demoEnterprise();
        ApplicationSummary draft = demoApplicationsByName(enterprise).get(DRAFT);
        List<SectionCheck> checks = applications.check(draft.id(), ApplicationScope.enterprise(enterprise.id()));
        Map<SectionKey, SectionState> states = checks.stream()
                .collect(Collectors.toMap(SectionCheck::key, SectionCheck::state));
        assertThat(states).containsEntry(SectionKey.BASIC, SectionState.COMPLETE)
                .containsEntry(SectionKey.OVERVIEW, SectionState.COMPLETE)
                .containsEntry(SectionKey.ADVANCEMENT, SectionState.COMPLETE)
                .containsEntry(SectionKey.IMPLEMENTATION, SectionState.NOT_STARTED)
                .containsEntry(SectionKey.ATTACHMENTS, SectionState.NOT_STARTED);
    }

    @Test
    void theWuhanRecommenderSeesTheSubmittedApplicationButNotTheDraft() {
        List<String> names = applications.list(ApplicationQuery.in(ApplicationScope.division("420100"))).stream()
                .map(ApplicationSummary::projectName).toList();
        assertThat(names).contains(SUBMITTED).doesNotContain(DRAFT);
    }

    @Test
    void loadingTheDemoApplicationsTwiceAddsNothing() {
        Enterprise enterprise = demoEnterprise();
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        int before = applications.list(ApplicationQuery.in(scope)).size();
        EnterpriseProfile profile = enterprises.profile(enterprise.id()).orElseThrow();
        demoApplications.ensure(enterprise, demoCall.ensure());
        demoApplications.ensure(enterprise, demoCall.ensure());
        assertThat(applications.list(ApplicationQuery.in(scope))).hasSize(before);
        assertThat(enterprises.profile(enterprise.id()).orElseThrow().version()).isEqualTo(profile.version());
    }

    @Test
    void theTextsFileFitsTheRulesLimits() {
        DemoApplications.DemoTexts texts = DemoApplications.load();
        assertThat(texts.profile().introduction().codePointCount(0, texts.profile().introduction().length()))
                .isLessThanOrEqualTo(400);
        assertThat(texts.submitted().basic().summary().codePoints().count()).isLessThanOrEqualTo(400);
        assertThat(new BigDecimal(texts.submitted().basic().investment())).isEqualByComparingTo("28650.00");
    }
}
