package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Assessment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Attachments;
import cn.gov.hubei.jxt.pilot.application.SectionContent.BasicInfo;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Equipment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Figure;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Implementation;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Milestone;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Narrative;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Part;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Patent;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Plan;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Scenario;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Scenarios;
import cn.gov.hubei.jxt.pilot.application.SectionContent.SelfAssessment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Target;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo enterprise's filing, so that a newcomer sees a real 申报书 at once: a complete enterprise profile, one
 * complete application submitted to 武汉's recommender, and one draft about half done, all in the demo call. The
 * texts live in {@value #TEXTS}; figures, the stamped 真实性承诺 page and the credit report are drawn at start.
 *
 * <p>Everything goes through the application module's public API as the demo applicant, so the demo data passes the
 * same rules as a real filing. Idempotent by project name: an application of the demo enterprise that already carries
 * the title is left as it is, whatever the demo users did to it since.
 */
@Component
@Profile("!prod")
class DemoApplications {

    static final String TEXTS = "demo/application-2026.json";
    static final String ACTOR = "applicant";

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    private final ProjectApplications applications;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DemoTexts texts;
    private final PersonalDataCipher cipher;

    DemoApplications(ProjectApplications applications, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
                     PersonalDataCipher cipher) {
        this.applications = applications;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.texts = load();
    }

    static DemoTexts load() {
        try (InputStream in = new ClassPathResource(TEXTS).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, DemoTexts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo texts " + TEXTS + " unreadable", e);
        }
    }

    DemoTexts texts() {
        return texts;
    }

    /** Loads what is missing; one transaction, so a failed start leaves no half-built application behind. */
    void ensure(Enterprise enterprise, CallSummary call) {
        tx.executeWithoutResult(status -> {
            ensureProfile(enterprise, texts.profile(), ACTOR);
            ApplicationScope scope = ApplicationScope.enterprise(enterprise.id());
            List<ApplicationSummary> existing = applications.list(ApplicationQuery.in(scope));
            if (absent(existing, texts.submitted().basic().projectName())) {
                long id = submitted(enterprise, call, scope, texts.submitted().basic(), ACTOR);
                log.info("Demo data: submitted the demo application {} ({})", id,
                        texts.submitted().basic().projectName());
            }
            if (absent(existing, texts.draft().basic().projectName())) {
                long id = draft(enterprise, call, scope);
                log.info("Demo data: started the demo draft {} ({})", id, texts.draft().basic().projectName());
            }
        });
    }

    private static boolean absent(List<ApplicationSummary> existing, String projectName) {
        return existing.stream().noneMatch(a -> projectName.equals(a.projectName()));
    }

    /**
     * The enterprise module offers no API for saving a profile outside its pages (its rules live in its internal
     * package), so the demo writes the row once, with values that pass those rules; an existing profile is kept.
     */
    void ensureProfile(Enterprise enterprise, DemoTexts.Profile p, String actor) {
        jdbc.sql("""
                        insert into enterprise_profile (enterprise_id, founded_on, nature, address, contact_name,
                            contact_title, contact_phone, contact_mobile, contact_fax, contact_email, total_assets,
                            debt_ratio, credit_rating, last_year_sales, last_year_tax, last_year_profit,
                            integration_management_pilot, smart_manufacturing_project,
                            smart_manufacturing_project_name, introduction, version, updated_at, updated_by)
                        values (:id, :foundedOn, :nature, :address, :contactName, :contactTitle, :contactPhone,
                            :contactMobile, :contactFax, :contactEmail, :totalAssets, :debtRatio, :creditRating,
                            :sales, :tax, :profit, :pilot, :project, :projectName, :introduction, 1, :now, :actor)
                        on conflict (enterprise_id) do nothing""")
                .param("id", enterprise.id()).param("foundedOn", LocalDate.parse(p.foundedOn()))
                .param("nature", p.nature()).param("address", p.address()).param("contactName", cipher.encrypt(p.contactName()))
                .param("contactTitle", p.contactTitle()).param("contactPhone", cipher.encrypt(p.contactPhone()))
                .param("contactMobile", cipher.encrypt(p.contactMobile()))
                .param("contactFax", cipher.encrypt(p.contactFax()))
                .param("contactEmail", cipher.encrypt(p.contactEmail())).param("totalAssets", new BigDecimal(p.totalAssets()))
                .param("debtRatio", new BigDecimal(p.debtRatio())).param("creditRating", p.creditRating())
                .param("sales", new BigDecimal(p.lastYearSales())).param("tax", new BigDecimal(p.lastYearTax()))
                .param("profit", new BigDecimal(p.lastYearProfit()))
                .param("pilot", p.integrationManagementPilot()).param("project", p.smartManufacturingProject())
                .param("projectName", p.smartManufacturingProjectName()).param("introduction", p.introduction())
                .param("now", OffsetDateTime.now(clock)).param("actor", actor).update();
    }

    /**
     * A complete application of the enterprise with the demo texts and the given 基本信息, submitted as version 1 by
     * {@code actor}. The texts name the demo enterprise; another enterprise's application names itself instead.
     */
    long submitted(Enterprise enterprise, CallSummary call, ApplicationScope scope, BasicInfo basic, String actor) {
        DemoTexts.Submitted s = texts.submitted();
        java.util.function.UnaryOperator<String> own = text -> text == null ? null
                : text.replace(DemoData.ENTERPRISE_NAME, enterprise.name());
        long id = applications.create(call.id(), enterprise.id(), actor).id();
        DemoImages images = new DemoImages();
        Map<String, Long> figureIds = new HashMap<>();
        for (DemoTexts.Diagram d : texts.figures()) {
            List<String> labels = d.boxes().stream().map(b -> images.drawsChinese() ? b.get(0) : b.get(1)).toList();
            byte[] png = images.blockDiagram(labels, images.drawsChinese() ? d.caption() : d.latinCaption());
            figureIds.put(d.key(), attach(id, scope, FilePurpose.FIGURE, d.file(), png, actor));
        }
        LocalDate today = LocalDate.now(clock);
        String checkedOn = today.minusDays(3).toString();
        long commitment = attach(id, scope, FilePurpose.COMMITMENT, s.commitmentFile(),
                images.commitmentPdf(enterprise.name(), basic.projectName(), today.minusDays(2).toString()), actor);
        long credit = attach(id, scope, FilePurpose.CREDIT_REPORT, s.creditFile(),
                images.creditReport(enterprise.name(), enterprise.creditCode(), checkedOn), actor);

        Map<String, String> captions = new HashMap<>();
        texts.figures().forEach(d -> captions.put(d.key(), d.caption()));
        List<Part> parts = s.implementation().stream().map(p -> new Part(p.group(), p.item(),
                own.apply(paragraphs(p.text())),
                p.figure() == null ? List.of()
                        : List.of(new Figure(figureIds.get(p.figure()), captions.get(p.figure()))))).toList();

        save(id, scope, SectionKey.BASIC, basic, actor);
        save(id, scope, SectionKey.OVERVIEW, new Narrative(own.apply(paragraphs(s.overview()))), actor);
        save(id, scope, SectionKey.ADVANCEMENT, new Narrative(own.apply(paragraphs(s.advancement()))), actor);
        save(id, scope, SectionKey.IMPLEMENTATION, new Implementation(parts), actor);
        save(id, scope, SectionKey.SELF_ASSESSMENT, new SelfAssessment(s.selfAssessment()), actor);
        save(id, scope, SectionKey.PLAN, new Plan(s.plan().milestones(), s.plan().targets(),
                own.apply(paragraphs(s.plan().growth()))), actor);
        save(id, scope, SectionKey.SCENARIOS, new Scenarios(s.scenarios()), actor);
        save(id, scope, SectionKey.ATTACHMENTS, new Attachments(s.equipment(), s.patents(), commitment, credit,
                s.creditSource(), checkedOn, List.of()), actor);
        // a fixed key: were the start repeated inside this transaction, the submission would not be doubled
        applications.submit(id, scope, "demo-data-" + id, actor);
        return id;
    }

    private long draft(Enterprise enterprise, CallSummary call, ApplicationScope scope) {
        DemoTexts.Draft d = texts.draft();
        long id = applications.create(call.id(), enterprise.id(), ACTOR).id();
        save(id, scope, SectionKey.BASIC, d.basic(), ACTOR);
        save(id, scope, SectionKey.OVERVIEW, new Narrative(paragraphs(d.overview())), ACTOR);
        save(id, scope, SectionKey.ADVANCEMENT, new Narrative(paragraphs(d.advancement())), ACTOR);
        return id;
    }

    private long attach(long id, ApplicationScope scope, FilePurpose purpose, String name, byte[] bytes,
                        String actor) {
        return applications.attach(id, scope, purpose, name, new ByteArrayInputStream(bytes), bytes.length, actor)
                .fileId();
    }

    /** Saves strictly: demo content that breaks a rule must fail the start loudly, not sit in a broken draft. */
    private void save(long id, ApplicationScope scope, SectionKey key, SectionContent content, String actor) {
        applications.saveSection(id, scope, key, 0, content, true, actor);
    }

    private static String paragraphs(List<String> paragraphs) {
        return String.join("\n\n", paragraphs.stream().filter(Objects::nonNull).toList());
    }

    /** The shape of {@value #TEXTS}. */
    record DemoTexts(Profile profile, List<Diagram> figures, Submitted submitted, Draft draft) {

        record Profile(String foundedOn, String nature, String address, String contactName, String contactTitle,
                       String contactPhone, String contactMobile, String contactFax, String contactEmail,
                       String totalAssets, String debtRatio, String creditRating, String lastYearSales,
                       String lastYearTax, String lastYearProfit, boolean integrationManagementPilot,
                       boolean smartManufacturingProject, String smartManufacturingProjectName,
                       String introduction) {
        }

        /** A block diagram: boxes as [Chinese label, Latin label], left to right. */
        record Diagram(String key, String file, String caption, String latinCaption, List<List<String>> boxes) {
        }

        record Submitted(BasicInfo basic, List<String> overview, List<String> advancement,
                         List<ImplementationPart> implementation, List<Assessment> selfAssessment, PlanText plan,
                         List<Scenario> scenarios, List<Equipment> equipment, List<Patent> patents,
                         String creditSource, String commitmentFile, String creditFile) {
        }

        /** A 实施现状 part; {@code figure} names a diagram of {@code figures}. */
        record ImplementationPart(String group, int item, String figure, List<String> text) {
        }

        record PlanText(List<Milestone> milestones, List<Target> targets, List<String> growth) {
        }

        record Draft(BasicInfo basic, List<String> overview, List<String> advancement) {
        }
    }
}
