package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Loads the demo accounts (password {@value #PASSWORD}, no forced change), the demo enterprise, the demo call, the
 * enterprise's filing ({@link DemoApplications}) and more enterprises of 武汉 and 宜昌 with their submitted
 * applications ({@link DemoEnterprises}), 宜昌's of them recommended and sent to the province
 * ({@link DemoRecommendations}). Each step runs once per database ({@link DemoSteps}): a restart keeps whatever the
 * demo users did with it, renamed or deleted, and a step that fails is logged and leaves the system running.
 */
@Component
@Profile("!prod")
@Order(100)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo#2020";
    /** 武汉 (registered in 武昌区 420106); a valid code with a valid embedded 组织机构代码. */
    static final String ENTERPRISE_CODE = "91420106MA4K00010G";
    static final String ENTERPRISE_NAME = "武汉智造示范科技有限公司";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoAccount(String username, String displayName, Role role, String divisionCode, String email) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("applicant", "张明（武汉智造示范科技）", Role.APPLICANT, null, "applicant@demo.example"),
            new DemoAccount("wuhan", "武汉市经济和信息化局", Role.RECOMMENDER, "420100", "wuhan@demo.example"),
            new DemoAccount("yichang", "宜昌市经济和信息化局", Role.RECOMMENDER, "420500", "yichang@demo.example"),
            new DemoAccount("officer", "省经信厅装备工业处", Role.OFFICER, null, "officer@demo.example"),
            new DemoAccount("expert1", "李华（评审专家）", Role.EXPERT, null, "expert1@demo.example"),
            new DemoAccount("expert2", "王强（评审专家）", Role.EXPERT, null, "expert2@demo.example"),
            new DemoAccount("expert3", "赵敏（评审专家）", Role.EXPERT, null, "expert3@demo.example"),
            new DemoAccount("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, null, null),
            new DemoAccount("secadmin", "安全管理员", Role.SECURITY_ADMIN, null, null),
            new DemoAccount("auditor", "安全审计员", Role.AUDIT_ADMIN, null, null));

    private final UserAdministration users;
    private final Enterprises enterprises;
    private final DemoCall demoCall;
    private final DemoApplications demoApplications;
    private final DemoEnterprises demoEnterprises;
    private final DemoRecommendations demoRecommendations;
    private final DemoSteps steps;
    private final DemoMeeting demoMeeting;
    private final DemoSiteVisits demoSiteVisits;
    private final DemoExperts demoExperts;
    private final DemoReview demoReview;
    private final DemoPortal demoPortal;
    private final DemoPublicity demoPublicity;
    private final DemoYear2025 demoYear2025;
    private final DemoMonitoring demoMonitoring;
    private final DemoObjections demoObjections;
    private final DemoPassword password;
    private final boolean background;

    DemoData(UserAdministration users, Enterprises enterprises, DemoCall demoCall,
             DemoApplications demoApplications, DemoEnterprises demoEnterprises,
             DemoRecommendations demoRecommendations, DemoMeeting demoMeeting, DemoSteps steps,
             DemoSiteVisits demoSiteVisits, DemoExperts demoExperts, DemoReview demoReview,
             DemoPortal demoPortal, DemoPublicity demoPublicity, DemoYear2025 demoYear2025,
             DemoMonitoring demoMonitoring, DemoObjections demoObjections, DemoPassword password,
             @Value("${app.demo.background:false}") boolean background) {
        this.demoObjections = demoObjections;
        this.password = password;
        this.background = background;
        this.demoYear2025 = demoYear2025;
        this.demoMonitoring = demoMonitoring;
        this.demoReview = demoReview;
        this.demoPortal = demoPortal;
        this.demoPublicity = demoPublicity;
        this.demoMeeting = demoMeeting;
        this.demoSiteVisits = demoSiteVisits;
        this.demoEnterprises = demoEnterprises;
        this.demoRecommendations = demoRecommendations;
        this.demoCall = demoCall;
        this.demoApplications = demoApplications;
        this.users = users;
        this.enterprises = enterprises;
        this.steps = steps;
        this.demoExperts = demoExperts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!background) {
            steps.load("accounts", this::accounts);
            beforeReady();
        }
    }

    /**
     * With {@code app.demo.background=true} (set by the README's run command, {@code ./mvnw spring-boot:run}, in the
     * pom) the system answers as soon as it is up and the demo is loaded behind it, in one thread, in the same order
     * (the accounts first: they can log in about a second after the start; the whole demo takes 7–9 s on two
     * cores, and the log says when it is loaded). Otherwise (the tests, a jar started by hand) everything is loaded
     * before the system reports itself ready.
     */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (background) {
            Thread loader = new Thread(this::loadAll, "demo-data");
            loader.setDaemon(true);
            loader.start();
        } else {
            afterReady();
        }
    }

    /** The whole demo after the accounts, as the background loads it. */
    void loadAll() {
        long start = System.nanoTime();
        log.info("Demo data: loading in the background; the system answers meanwhile");
        steps.load("accounts", this::accounts);
        beforeReady();
        afterReady();
        log.info("Demo data: loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void beforeReady() {
        CallSummary call;
        try {
            call = demoCall.ensure();
        } catch (RuntimeException e) {
            log.error("Demo data: the demo call could not be loaded; the system runs without the rest of the demo", e);
            return;
        }
        steps.load("applications", () -> demoApplications.ensure(demoEnterprise(), call));
        steps.load("enterprises", () -> demoEnterprises.ensure(call));
        steps.load("recommendations", () -> demoRecommendations.ensure(call, demoEnterprises.described()));
        steps.load("experts", demoExperts::ensure);
        steps.load("meeting", () -> demoMeeting.ensure(call));
        steps.load("review", () -> demoReview.ensure(call));
        steps.load("portal", demoPortal::ensure);
        steps.load("office-contact", demoPublicity::contact);
    }

    /** Site visits are planned on working days: after the start, once the bundled calendar is loaded. */
    private void afterReady() {
        if (steps.loaded("recommendations")) {
            steps.load("site-visits", () -> demoSiteVisits.ensure(demoCall.ensure()));
        }
        // the notice's period is computed on the calendar, loaded by now
        if (steps.loaded("review")) {
            steps.load("publicity", () -> demoPublicity.ensure(demoCall.ensure()));
        }
        // the past year, through to its designation ({@link DemoYear2025}); its notice's period needs the calendar
        if (steps.loaded("enterprises") && steps.loaded("experts")) {
            steps.load("year-2025", demoYear2025::ensure);
        }
        // the reporting round of 2026 on the designations of 2025 ({@link DemoMonitoring})
        if (steps.loaded("year-2025")) {
            steps.load("monitoring", demoMonitoring::ensure);
        }
        // an objection to the open notice, handled (after the notice)
        demoObjections.afterStart();
    }

    private Enterprise demoEnterprise() {
        return enterprises.findByCreditCode(ENTERPRISE_CODE).orElseThrow(() -> new IllegalStateException(
                "the demo enterprise " + ENTERPRISE_CODE + " is missing"));
    }

    private void accounts() {
        Enterprise demoEnterprise = enterprises.findByCreditCode(ENTERPRISE_CODE)
                .orElseGet(() -> enterprises.add(ENTERPRISE_CODE, ENTERPRISE_NAME, "420100"));
        int created = 0;
        for (DemoAccount a : ACCOUNTS) {
            if (users.findByUsername(a.username()).isPresent()) {
                continue;
            }
            Long enterpriseId = a.role() == Role.APPLICANT ? demoEnterprise.id() : null;
            long id = users.create(new NewAccount(a.username(), a.displayName(), a.email(), null,
                    Set.of(a.role()), enterpriseId, a.divisionCode()), password.get(), false).id();
            if (enterpriseId != null) {
                enterprises.addMember(enterpriseId, id, true); // the demo applicant manages its enterprise
            }
            created++;
        }
        log.info("Demo data: created {} demo accounts (password {})", created, PASSWORD);
    }
}
