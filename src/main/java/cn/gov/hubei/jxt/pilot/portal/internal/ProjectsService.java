package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.portal.PublicProjects;
import cn.gov.hubei.jxt.pilot.portal.ScenarioLibrary;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The designated projects for the public: the designation module's public list with the industry the office
 * assigned, filtered and paged here (a year has tens of projects); a project's page adds the summary and the five
 * indicators of its last submitted version (read with {@link ApplicationScope#PROVINCE}, public fields only) and its
 * published scenarios. The list, its years and the latest are the <em>current</em> designations (status {@code VALID}):
 * an expired or revoked one leaves them but keeps its page, which shows its status. Cached briefly ({@link PortalCache})
 * under the day's date, so an expiry shows from the day after {@code validUntil}; a revocation clears the cache.
 */
@Service
class ProjectsService implements PublicProjects {

    private final OtherStages stages;
    private final ScenarioRepository repository;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final ScenarioLibrary library;
    private final PortalCache cache;
    private final Clock clock;

    ProjectsService(OtherStages stages, ScenarioRepository repository, ProjectApplications applications,
                    ReferenceCatalog reference, ScenarioLibrary library, PortalCache cache, Clock clock) {
        this.stages = stages;
        this.repository = repository;
        this.applications = applications;
        this.reference = reference;
        this.library = library;
        this.cache = cache;
        this.clock = clock;
    }

    /** The key of a cached entry: the statuses are computed with the day's date. */
    private String key(String name) {
        return name + "@" + LocalDate.now(clock);
    }

    /** The current designations: neither expired nor revoked. */
    private List<ProjectCard> current() {
        return all().stream().filter(p -> CURRENT.equals(p.status())).toList();
    }

    private static final String CURRENT = "VALID";

    private List<ProjectCard> all() {
        return cache.get(key("projects"), () -> {
            Map<Long, String> industries = repository.industries();
            return stages.designated().stream()
                    .map(d -> card(d, industries.get(d.applicationId())))
                    .sorted(Comparator.comparing(ProjectCard::year).reversed()
                            .thenComparing(ProjectCard::divisionCode).thenComparing(ProjectCard::projectName)
                            .thenComparing(ProjectCard::designationId))
                    .toList();
        });
    }

    private static ProjectCard card(DesignatedProject d, String industry) {
        return new ProjectCard(d.id(), d.applicationId(), d.year(), d.documentNumber(), d.projectName(),
                d.enterpriseName(), d.divisionCode(), d.modeCodes() == null ? List.of() : d.modeCodes(), industry,
                d.validFrom(), d.validUntil(), d.status().name());
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Filter f) {
        String text = f.text() == null ? null : f.text().toLowerCase(Locale.ROOT);
        List<ProjectCard> matching = current().stream()
                .filter(p -> f.year() == null || p.year() == f.year())
                .filter(p -> f.division() == null || f.division().equals(p.divisionCode()))
                .filter(p -> f.mode() == null || p.modeCodes().contains(f.mode()))
                .filter(p -> f.industry() == null || f.industry().equals(p.industryCode()))
                .filter(p -> text == null || (p.projectName() + " " + p.enterpriseName()).toLowerCase(Locale.ROOT)
                        .contains(text))
                .toList();
        int pageCount = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(f.page(), pageCount - 1);
        return new Page(matching.subList(page * PAGE_SIZE, Math.min(matching.size(), (page + 1) * PAGE_SIZE)),
                matching.size(), page, pageCount);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return current().stream().map(ProjectCard::year).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectCard> latest(int count) {
        return current().stream().sorted(Comparator.comparing(ProjectCard::validFrom, Comparator.nullsLast(
                Comparator.reverseOrder())).thenComparing(ProjectCard::designationId, Comparator.reverseOrder()))
                .limit(count).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProjectPage> find(long designationId) {
        return cache.get(key("project:" + designationId), () -> all().stream()
                .filter(p -> p.designationId() == designationId).findFirst().map(this::page));
    }

    private ProjectPage page(ProjectCard card) {
        Optional<FrozenVersion> version = applications.find(card.applicationId(), ApplicationScope.PROVINCE)
                .flatMap(a -> applications.version(a.id(), a.lastVersionNo(), ApplicationScope.PROVINCE));
        String summary = version.map(v -> v.snapshot().sections().basic().normalised().summary()).orElse(null);
        SectionContent.Plan plan = version.map(v -> v.snapshot().sections().plan().normalised())
                .orElse(SectionContent.Plan.empty());
        List<IndicatorLine> indicators = reference.indicators().stream()
                .map(i -> line(i, plan.target(i.code()).orElse(null))).toList();
        return new ProjectPage(card, summary, indicators, library.ofApplication(card.applicationId()));
    }

    static IndicatorLine line(Indicator indicator, SectionContent.Target target) {
        if (target == null) {
            return new IndicatorLine(indicator.code(), indicator.name(), null, null, null, null);
        }
        return new IndicatorLine(indicator.code(), indicator.name(), target.unit(), target.before(), target.after(),
                improvement(indicator, target.before(), target.after()));
    }

    private static BigDecimal improvement(Indicator indicator, String before, String after) {
        try {
            BigDecimal b = new BigDecimal(before.strip());
            BigDecimal a = new BigDecimal(after.strip());
            return b.signum() <= 0 || a.signum() < 0 ? null : indicator.improvementPercent(b, a);
        } catch (RuntimeException e) {
            return null; // absent or not a number: no change can be stated
        }
    }
}
