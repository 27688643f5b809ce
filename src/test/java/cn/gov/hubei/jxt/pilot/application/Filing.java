package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.MutableClock;
import cn.gov.hubei.jxt.pilot.Sessions;
import cn.gov.hubei.jxt.pilot.call.CallFixtures;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.NewAccount;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.application.SectionContent.*;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Test fixtures for filing: an open call, enterprises with applicant accounts, other roles, real logins, and the
 * content of a complete application. Every name is unique, so tests never depend on each other's data.
 */
public final class Filing {

    public static final String PASSWORD = "Filing#2031x";
    /** The tests' "now": filing of the calls they create is open from a day before. */
    public static final LocalDateTime NOW = LocalDateTime.of(2031, 3, 10, 10, 0);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    public static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    private final MockMvc mvc;
    private final Calls calls;
    private final Enterprises enterprises;
    private final UserAdministration users;
    private final MutableClock clock;

    public Filing(MockMvc mvc, Calls calls, Enterprises enterprises, UserAdministration users, MutableClock clock) {
        this.mvc = mvc;
        this.calls = calls;
        this.enterprises = enterprises;
        this.users = users;
        this.clock = clock;
    }

    /** Sets the clock to {@link #NOW} and publishes a call whose filing is open (from a day before, for 60 days). */
    public CallSummary openCall(Integer maxProjects) {
        clock.set(NOW);
        CallSummary call = calls.create(CallFixtures.aCallOpeningAt(NOW.minusDays(1)).maxProjects(maxProjects).build(),
                "filing-test");
        return calls.publish(call.id(), "filing-test");
    }

    public Enterprise enterprise(String divisionCode) {
        int n = SEQUENCE.incrementAndGet();
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String code = UnifiedSocialCreditCode.forEnterprise(divisionCode.substring(0, 4) + "02", body).value();
        return enterprises.add(code, "测试智造企业" + n + "-" + body, divisionCode);
    }

    public String applicantOf(Enterprise enterprise) {
        return account(Role.APPLICANT, enterprise.id(), null);
    }

    public String account(Role role, Long enterpriseId, String divisionCode) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet() + "-"
                + ThreadLocalRandom.current().nextInt(1_000_000);
        users.create(new NewAccount(username, "测试 " + username, null, null, Set.of(role), enterpriseId,
                divisionCode), PASSWORD, false);
        return username;
    }

    public Cookie login(String username) throws Exception {
        return Sessions.of(mvc.perform(formLogin().user(username).password(PASSWORD)).andReturn());
    }

    // ------------------------------------------------------------------------------- a complete application

    public static BasicInfo basic(String projectName) {
        return new BasicInfo(List.of("DISCRETE"), null, List.of(), projectName, "420100", "武汉市东湖高新区光谷大道1号",
                "2030-01-01", "2031-12-31", "1200.50", "以数字化车间为载体，实现设计、生产、物流全流程数字化管理。");
    }

    public static Narrative narrative(String text) {
        return new Narrative(text);
    }

    /** 实施现状 of the seven content items of 离散型, each with a narrative; the first with a figure. */
    public static Implementation implementation(Long figureFileId) {
        List<Part> parts = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            parts.add(new Part("DISCRETE", i, "第" + i + "项的实施情况说明。",
                    i == 1 && figureFileId != null ? List.of(new Figure(figureFileId, "车间总体设计模型架构图")) : List.of()));
        }
        return new Implementation(parts);
    }

    /** 要素条件自评 of the seven conditions of 离散型; condition 3 with 数控化率 {@code ncRate}. */
    public static SelfAssessment selfAssessment(String ncRate) {
        List<Assessment> items = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            items.add(new Assessment("DISCRETE", i, "MET", "已建成并运行，详见实施现状。", "DISCRETE-" + i,
                    i == 3 ? ncRate : null));
        }
        return new SelfAssessment(items);
    }

    public static Plan plan() {
        return new Plan(List.of(new Milestone("二期建设", "建设智能仓储系统", "2031-04-01", "2031-10-31")),
                List.of(new Target("OPERATING_COST", "万元/年", "1000", "800"),
                        new Target("DEVELOPMENT_CYCLE", "天", "120", "90"),
                        new Target("PRODUCTION_EFFICIENCY", "件/小时", "100", "125"),
                        new Target("DEFECT_RATE", "%", "2.0", "1.5"),
                        new Target("ENERGY_UTILISATION", "%", "80", "88")),
                "市场需求持续增长，项目具备良好的成长性。");
    }

    public static Scenarios scenarios() {
        return new Scenarios(List.of(new Scenario("物料输送自动化", "LOGISTICS", "车间物料运输依赖人工",
                "AGV与WMS集成实现自动配送", "运输时间缩短40%")));
    }

    public static Attachments attachments(long commitmentFileId, long creditFileId) {
        return new Attachments(List.of(new Equipment("六轴工业机器人", "CNC_ROBOT", "华中数控", "武汉华中数控股份有限公司",
                "DOMESTIC_HUBEI", "12")), List.of(new Patent("ZL202010000001.1", "一种智能装配方法", "INVENTION",
                "2021-05-01")), commitmentFileId, creditFileId, "CREDIT_CHINA", "2031-03-01", List.of());
    }

    /** Fills every section of the application completely through the service, as its applicant. */
    public static void complete(ProjectApplications applications, long id, long enterpriseId, String actor) {
        complete(applications, id, enterpriseId, actor, "数字化车间建设项目");
    }

    /** As {@link #complete(ProjectApplications, long, long, String)}, with the given 项目名称. */
    public static void complete(ProjectApplications applications, long id, long enterpriseId, String actor,
                                String projectName) {
        ApplicationScope scope = ApplicationScope.enterprise(enterpriseId);
        long figure = applications.attach(id, scope, FilePurpose.FIGURE, "架构图.png", new ByteArrayInputStream(PNG),
                PNG.length, actor).fileId();
        long commitment = applications.attach(id, scope, FilePurpose.COMMITMENT, "承诺.pdf",
                new ByteArrayInputStream(PDF), PDF.length, actor).fileId();
        long credit = applications.attach(id, scope, FilePurpose.CREDIT_REPORT, "信用.pdf",
                new ByteArrayInputStream(PDF), PDF.length, actor).fileId();
        save(applications, id, scope, SectionKey.BASIC, basic(projectName), actor);
        save(applications, id, scope, SectionKey.OVERVIEW, narrative("企业概述。"), actor);
        save(applications, id, scope, SectionKey.ADVANCEMENT, narrative("先进性分析。"), actor);
        save(applications, id, scope, SectionKey.IMPLEMENTATION, implementation(figure), actor);
        save(applications, id, scope, SectionKey.SELF_ASSESSMENT, selfAssessment("75.5"), actor);
        save(applications, id, scope, SectionKey.PLAN, plan(), actor);
        save(applications, id, scope, SectionKey.SCENARIOS, scenarios(), actor);
        save(applications, id, scope, SectionKey.ATTACHMENTS, attachments(commitment, credit), actor);
    }

    /**
     * A new enterprise of the division with its applicant, and an application of it in the call (whose filing must
     * be open) filled completely and submitted as version 1.
     */
    public Submitted submitted(ProjectApplications applications, long callId, String divisionCode,
                               String projectName) {
        Enterprise enterprise = enterprise(divisionCode);
        String applicant = applicantOf(enterprise);
        long id = applications.create(callId, enterprise.id(), applicant).id();
        complete(applications, id, enterprise.id(), applicant, projectName);
        applications.submit(id, ApplicationScope.enterprise(enterprise.id()), "submit-" + id, applicant);
        return new Submitted(id, enterprise, applicant);
    }

    /** A submitted application, its enterprise and the applicant's user name (password {@link #PASSWORD}). */
    public record Submitted(long applicationId, Enterprise enterprise, String applicant) {
    }

    public static SavedSection save(ProjectApplications applications, long id, ApplicationScope scope, SectionKey key,
                             SectionContent content, String actor) {
        int version = applications.draft(id, scope).sections().containsKey(key)
                ? applications.draft(id, scope).section(key).version() : 0;
        return applications.saveSection(id, scope, key, version, content, false, actor);
    }
}
