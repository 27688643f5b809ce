package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionContent.BasicInfo;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * More enterprises of 武汉市 and 宜昌市, each with its applicant account and one submitted application in the demo call,
 * so that the demo recommenders' workspaces and the province's intake are not empty. One of 宜昌's was returned by the
 * recommender with reasons and submitted again as version 2. Described in {@value #FILE}; idempotent by credit code
 * and project name.
 */
@Component
@Profile("!prod")
class DemoEnterprises {

    static final String FILE = "demo/enterprises-2026.json";
    /** The recommender that returns the demo application (a demo account of {@link DemoData}). */
    static final String YICHANG_RECOMMENDER = "yichang";

    private static final Logger log = LoggerFactory.getLogger(DemoEnterprises.class);

    private final Enterprises enterprises;
    private final UserAdministration users;
    private final ProjectApplications applications;
    private final DemoApplications demoApplications;
    private final TransactionTemplate tx;
    private final List<DemoEnterprise> described;
    private final DemoPassword password;

    DemoEnterprises(Enterprises enterprises, UserAdministration users, ProjectApplications applications,
                    DemoApplications demoApplications, TransactionTemplate tx, DemoPassword password) {
        this.password = password;
        this.enterprises = enterprises;
        this.users = users;
        this.applications = applications;
        this.demoApplications = demoApplications;
        this.tx = tx;
        this.described = load();
    }

    static List<DemoEnterprise> load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoEnterprise>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("demo enterprises " + FILE + " unreadable", e);
        }
    }

    List<DemoEnterprise> described() {
        return described;
    }

    /** Loads what is missing, one enterprise per transaction. */
    void ensure(CallSummary call) {
        for (DemoEnterprise d : described) {
            tx.executeWithoutResult(status -> ensure(d, call));
        }
    }

    private void ensure(DemoEnterprise d, CallSummary call) {
        String code = UnifiedSocialCreditCode.forEnterprise(d.areaCode(), d.organizationCodeBody()).value();
        Enterprise enterprise = enterprises.findByCreditCode(code)
                .orElseGet(() -> enterprises.add(code, d.name(), d.divisionCode()));
        if (users.findByUsername(d.username()).isEmpty()) {
            long id = users.create(new NewAccount(d.username(), d.contactName() + "（" + d.name() + "）", d.email(),
                    d.contactMobile(), Set.of(Role.APPLICANT), enterprise.id(), null), password.get(), false).id();
            enterprises.addMember(enterprise.id(), id, true);
        }
        DemoApplications.DemoTexts.Profile template = demoApplications.texts().profile();
        demoApplications.ensureProfile(enterprise, new DemoApplications.DemoTexts.Profile(d.foundedOn(),
                template.nature(), d.address(), d.contactName(), d.contactTitle(), d.contactPhone(),
                d.contactMobile(), null, d.email(), template.totalAssets(), template.debtRatio(),
                template.creditRating(), template.lastYearSales(), template.lastYearTax(),
                template.lastYearProfit(), template.integrationManagementPilot(), false, null,
                template.introduction().replace(DemoData.ENTERPRISE_NAME, d.name())), d.username());
        ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
        List<ApplicationSummary> existing = applications.list(ApplicationQuery.in(scope).text(d.projectName()));
        if (existing.stream().anyMatch(a -> d.projectName().equals(a.projectName()))) {
            return;
        }
        BasicInfo template2 = demoApplications.texts().submitted().basic();
        BasicInfo basic = new BasicInfo(template2.modes(), template2.otherMode(), template2.technologies(),
                d.projectName(), d.divisionCode(), d.projectAddress(), template2.startDate(), template2.endDate(),
                d.investment(), d.summary());
        long id = demoApplications.submitted(enterprise, call, scope, basic, d.username());
        if (d.wasReturned()) {
            CurrentUser recommender = users.actingAs(YICHANG_RECOMMENDER).orElseThrow(
                    () -> new IllegalStateException("demo recommender " + YICHANG_RECOMMENDER + " missing"));
            applications.decide(id, ApplicationTransition.RETURN, d.returnReason(), null, recommender);
            SavedSection saved = applications.draft(id, scope).section(SectionKey.BASIC);
            BasicInfo revised = new BasicInfo(basic.modes(), basic.otherMode(), basic.technologies(),
                    basic.projectName(), basic.divisionCode(), basic.address(), basic.startDate(), basic.endDate(),
                    basic.investment(), d.revisedSummary());
            applications.saveSection(id, scope, SectionKey.BASIC, saved.version(), revised, true, d.username());
            applications.submit(id, scope, "demo-data-" + id + "-2", d.username());
        }
        log.info("Demo data: {} submitted {} ({}){}", d.name(), id, d.projectName(),
                d.wasReturned() ? ", returned and submitted again" : "");
    }

    /** One enterprise of {@value #FILE}. */
    record DemoEnterprise(String name, String areaCode, String organizationCodeBody, String divisionCode,
                          String username, String contactName, String contactTitle, String contactPhone,
                          String contactMobile, String email, String address, String foundedOn, String projectName,
                          String projectAddress, String investment, String summary, Boolean returned,
                          String returnReason, String revisedSummary) {

        /** Whether the recommender returned this application once and it was submitted again. */
        boolean wasReturned() {
            return Boolean.TRUE.equals(returned);
        }
    }
}
