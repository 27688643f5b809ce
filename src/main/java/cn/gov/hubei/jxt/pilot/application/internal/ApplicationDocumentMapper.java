package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.AssessmentResult;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.EquipmentCategory;
import cn.gov.hubei.jxt.pilot.application.EquipmentOrigin;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.application.PatentType;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.documents.ApplicationDocument;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.files.DamagedFileException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.reference.ContentItemSet;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.NewTechnology;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.reference.Threshold;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an application stores, turned into the 申报书's view model ({@link ApplicationDocument}).
 *
 * <p>A submitted version is mapped from its frozen snapshot only — its sections, the enterprise profile copied at
 * submission, its reference-data version and its files — never from the live draft or the current profile, so the
 * document of version n reads the same for ever. A draft is mapped from the current draft and the current profile,
 * dated today by the clock and marked as a draft preview.
 *
 * <p>Prompts (the content items' requirements) and the element conditions come from the reference data of the
 * version the application's call adopted. Figures are read through the file store, which verifies each against its
 * digest; a figure that cannot be read stops the rendering with {@link DocumentFigureUnavailableException} rather
 * than producing a document without it. Only files of the application itself are read (the files of the draft, or
 * those frozen with the version): a figure that refers to any other file is left out and logged, whatever the
 * section content says, so a document never carries another enterprise's file.
 */
@Component
public class ApplicationDocumentMapper {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApplicationDocumentMapper.class);

    /** The administrative suffixes of Hubei's division names; what remains is the name people also write alone. */
    private static final Pattern DIVISION_SUFFIX = Pattern.compile("(土家族苗族自治州|自治州|林区|市|州)$");
    /** The document's generated phrases are Chinese, like the reference data they sit beside. */
    private static final Locale TEXT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ReferenceCatalog reference;
    private final FileStore files;
    private final EnterpriseProfileSource profiles;
    private final MessageSource messages;
    private final Clock clock;

    ApplicationDocumentMapper(ReferenceCatalog reference, @Lazy FileStore files, EnterpriseProfileSource profiles,
                              MessageSource messages, Clock clock) {
        this.reference = reference;
        this.files = files;
        this.profiles = profiles;
        this.messages = messages;
        this.clock = clock;
    }

    /** The document of a submitted version, from its frozen snapshot alone. */
    public ApplicationDocument ofVersion(FrozenVersion version) {
        ApplicationSnapshot snapshot = version.snapshot();
        LocalDate date = LocalDate.ofInstant(version.submittedAt(), clock.getZone());
        return map(snapshot.sections(), snapshot.profile(), snapshot.divisionCode(), snapshot.referenceVersion(),
                date, version.number(), false, new Owned(version.applicationId(), snapshot.files()));
    }

    /** The applicant's preview of the working draft: the current profile, today's date, marked as a draft. */
    public ApplicationDocument ofDraft(ApplicationDraft draft) {
        ApplicationSummary application = draft.application();
        EnterpriseProfile profile = profiles.profileOf(application.enterpriseId());
        return map(draft.contents(), profile, application.divisionCode(), application.referenceVersion(),
                LocalDate.now(clock), application.lastVersionNo() + 1, true,
                new Owned(application.id(), draft.files()));
    }

    private ApplicationDocument map(DraftSections stored, EnterpriseProfile profile, String divisionCode,
                                    String referenceVersion, LocalDate date, int versionNumber, boolean draft,
                                    Owned files) {
        SectionContent.BasicInfo basic = stored.basic().normalised();
        String recommender = reference.recommendingUnit(divisionCode).orElse(null);
        String applicant = profile == null ? null : profile.name();
        ApplicationDocument.Cover cover = new ApplicationDocument.Cover(basic.projectName(), applicant, recommender,
                date);
        List<ApplicationDocument.SelfAssessment> assessments = selfAssessment(basic,
                stored.selfAssessment().normalised(), stored.implementation().normalised(), referenceVersion);
        boolean unmet = assessments.stream().anyMatch(a -> a.assessment() != ApplicationDocument.Assessment.MET
                || (a.figure() != null && !a.figure().met()));
        SectionContent.Plan plan = stored.plan().normalised();
        SectionContent.Attachments attachments = stored.attachments().normalised();
        ApplicationDocument document = new ApplicationDocument(cover, enterprise(profile), project(basic),
                stored.overview().normalised().text(), stored.advancement().normalised().text(),
                implementation(basic, stored.implementation().normalised(), referenceVersion, files), assessments,
                unmet,
                null, milestones(plan), indicators(plan), plan.growth(), scenarios(stored.scenarios().normalised()),
                equipment(attachments), patents(attachments), versionNumber);
        return draft ? document.asDraft() : document;
    }

    // ------------------------------------------------------------------------------------------------ part 一

    private static ApplicationDocument.Enterprise enterprise(EnterpriseProfile p) {
        if (p == null) {
            return new ApplicationDocument.Enterprise(null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }
        return new ApplicationDocument.Enterprise(p.name(), p.creditCode(), p.foundedOn(),
                p.nature() == null ? null : ApplicationDocument.EnterpriseNature.valueOf(p.nature().name()),
                p.address(), new ApplicationDocument.Contact(p.contactName(), p.contactTitle(), p.contactPhone(),
                p.contactMobile(), p.contactFax(), p.contactEmail()),
                p.totalAssets(), p.debtRatio(), p.creditRating(), p.lastYearSales(), p.lastYearTax(),
                p.lastYearProfit(), p.integrationManagementPilot(), p.smartManufacturingProject(),
                p.smartManufacturingProjectName(), p.introduction());
    }

    private ApplicationDocument.Project project(SectionContent.BasicInfo basic) {
        List<ApplicationDocument.Mode> modes = new ArrayList<>();
        for (String code : basic.modes()) {
            enumOf(ApplicationDocument.Mode.class, code).ifPresent(modes::add);
        }
        List<ApplicationDocument.Technology> technologies = new ArrayList<>();
        for (String code : basic.technologies()) {
            enumOf(ApplicationDocument.Technology.class, code).ifPresent(technologies::add);
        }
        // 其他 is printed with its text; without 其他 selected, a leftover text must not tick the box
        String otherMode = basic.modes().contains(ManufacturingMode.OTHER) ? basic.otherMode() : null;
        return new ApplicationDocument.Project(java.util.Set.copyOf(modes), otherMode,
                java.util.Set.copyOf(technologies), basic.projectName(), projectAddress(basic),
                Problems.date(basic.startDate()), Problems.date(basic.endDate()), Problems.decimal(basic.investment()),
                basic.summary(), null);
    }

    /**
     * 项目地址: the street address as written, with the division chosen before it only when the address does not
     * already name that division (in full or by its short name: 湖北省武汉市… and 恩施州… name theirs).
     */
    private String projectAddress(SectionContent.BasicInfo basic) {
        String division = basic.divisionCode() == null ? null
                : reference.division(basic.divisionCode()).map(Division::name).orElse(null);
        String address = basic.address() == null ? null : basic.address().strip();
        if (division == null) {
            return address;
        }
        if (address == null || address.isEmpty()) {
            return division;
        }
        return namesDivision(address, division) ? address : division + address;
    }

    static boolean namesDivision(String address, String division) {
        if (address.contains(division)) {
            return true;
        }
        String shortName = DIVISION_SUFFIX.matcher(division).replaceFirst("");
        return shortName.length() >= 2 && address.contains(shortName);
    }

    // ------------------------------------------------------------------------------------------------ part 三

    private List<ApplicationDocument.ImplementationPart> implementation(SectionContent.BasicInfo basic,
                                                                       SectionContent.Implementation written,
                                                                       String referenceVersion, Owned files) {
        ContentItemSet items = reference.contentItems(referenceVersion).orElse(null);
        List<ApplicationDocument.ImplementationPart> parts = new ArrayList<>();
        for (ManufacturingMode mode : reference.modes()) {
            if (!basic.modes().contains(mode.code())) {
                continue;
            }
            if (mode.code().equals(ManufacturingMode.OTHER)) {
                // 其他 has no content items: one part under the applicant's own name of the mode
                SectionContent.Part part = written.part(mode.code(), 1).orElse(null);
                parts.add(new ApplicationDocument.ImplementationPart(mode.name(), List.of(
                        new ApplicationDocument.ContentItem(1, basic.otherMode(), null,
                                part == null ? null : part.text(), figures(part, files)))));
                continue;
            }
            if (items != null) {
                items.forMode(mode.code()).ifPresent(g -> parts.add(part(g, written, files)));
            }
        }
        for (NewTechnology technology : reference.newTechnologies()) {
            if (basic.technologies().contains(technology.code()) && items != null) {
                items.forNewTechnology(technology.code()).ifPresent(g -> parts.add(part(g, written, files)));
            }
        }
        return parts;
    }

    private ApplicationDocument.ImplementationPart part(ContentItemSet.Group group,
                                                        SectionContent.Implementation written, Owned files) {
        List<ApplicationDocument.ContentItem> items = new ArrayList<>();
        for (ContentItemSet.Item item : group.items()) {
            SectionContent.Part part = written.part(group.code(), item.number()).orElse(null);
            items.add(new ApplicationDocument.ContentItem(item.number(), item.title(), item.requirement(),
                    part == null ? null : part.text(), figures(part, files)));
        }
        return new ApplicationDocument.ImplementationPart(group.name(), items);
    }

    /** The files of one application: the draft's, or those frozen with a version. */
    private record Owned(long applicationId, java.util.Set<Long> ids) {

        Owned(long applicationId, List<cn.gov.hubei.jxt.pilot.application.AttachedFile> files) {
            this(applicationId, files == null ? java.util.Set.of() : files.stream()
                    .map(cn.gov.hubei.jxt.pilot.application.AttachedFile::fileId)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
    }

    private List<ApplicationDocument.Figure> figures(SectionContent.Part part, Owned files) {
        if (part == null || part.figures() == null) {
            return List.of();
        }
        List<ApplicationDocument.Figure> figures = new ArrayList<>();
        for (SectionContent.Figure figure : part.figures()) {
            if (figure.fileId() == null) {
                // a caption typed before its image was uploaded: nothing to print yet
                continue;
            }
            if (!files.ids().contains(figure.fileId())) {
                // the save refuses this; a document still never reads a file that is not the application's own
                log.warn("application document of application {}: figure file {} is not a file of the application "
                        + "and is left out", files.applicationId(), figure.fileId());
                continue;
            }
            figures.add(new ApplicationDocument.Figure(image(figure), figure.caption()));
        }
        return figures;
    }

    private byte[] image(SectionContent.Figure figure) {
        byte[] bytes;
        try {
            bytes = files.read(figure.fileId());
        } catch (DamagedFileException | NoSuchElementException e) {
            throw new DocumentFigureUnavailableException(figure.fileId(), figure.caption(), e);
        }
        if (!readableImage(bytes)) {
            throw new DocumentFigureUnavailableException(figure.fileId(), figure.caption(), null);
        }
        return bytes;
    }

    /**
     * Whether the bytes are a PNG or JPEG whose size can be read: the upload check looks at the signature only, and
     * both writers need the image's dimensions to print it.
     */
    private static boolean readableImage(byte[] bytes) {
        if (bytes.length < 3) {
            return false;
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private List<ApplicationDocument.SelfAssessment> selfAssessment(SectionContent.BasicInfo basic,
                                                                    SectionContent.SelfAssessment written,
                                                                    SectionContent.Implementation implementation,
                                                                    String referenceVersion) {
        ElementConditionSet conditions = reference.elementConditions(referenceVersion).orElse(null);
        if (conditions == null) {
            return List.of();
        }
        ContentItemSet items = reference.contentItems(referenceVersion).orElse(null);
        List<ApplicationDocument.SelfAssessment> rows = new ArrayList<>();
        for (ElementConditionSet.ModeConditions group : conditions.modes()) {
            if (!basic.modes().contains(group.mode().code())) {
                continue;
            }
            for (ElementConditionSet.Condition condition : group.conditions()) {
                SectionContent.Assessment a = written.item(group.mode().code(), condition.number()).orElse(null);
                rows.add(new ApplicationDocument.SelfAssessment(group.mode().name(), condition.number(),
                        condition.text(), a == null ? null : assessment(a.result()),
                        a == null ? null : evidence(a, items),
                        condition.threshold().map(t -> figure(t, a)).orElse(null)));
            }
        }
        return rows;
    }

    private static ApplicationDocument.Assessment assessment(String code) {
        AssessmentResult result = AssessmentResult.of(code);
        if (result == null) {
            return null;
        }
        return switch (result) {
            case MET -> ApplicationDocument.Assessment.MET;
            case PARTLY -> ApplicationDocument.Assessment.PARTLY_MET;
            case NOT_MET -> ApplicationDocument.Assessment.NOT_MET;
        };
    }

    /** The evidence, followed by the 实施现状 part it points to, named as the document heads it. */
    private String evidence(SectionContent.Assessment a, ContentItemSet items) {
        if (a.part() == null || items == null) {
            return a.evidence();
        }
        int dash = a.part().lastIndexOf('-');
        if (dash < 0) {
            return a.evidence();
        }
        String group = a.part().substring(0, dash);
        Integer number = Problems.decimal(a.part().substring(dash + 1)) == null ? null
                : Integer.valueOf(a.part().substring(dash + 1));
        Optional<String> where = items.forMode(group).or(() -> items.forNewTechnology(group))
                .flatMap(g -> g.items().stream().filter(i -> number != null && i.number() == number).findFirst()
                        .map(i -> text("application.document.evidence-part-name", g.name(),
                                String.valueOf(i.number()), i.title())));
        if (where.isEmpty()) {
            return a.evidence();
        }
        return a.evidence() == null || a.evidence().isBlank()
                ? text("application.document.evidence-part-only", where.get())
                : text("application.document.evidence-with-part", a.evidence(), where.get());
    }

    private static ApplicationDocument.QuantitativeFigure figure(Threshold threshold, SectionContent.Assessment a) {
        BigDecimal value = a == null ? null : Problems.decimal(a.figure());
        return new ApplicationDocument.QuantitativeFigure(threshold.metricName(), value, threshold.unit(),
                threshold.description(), value != null && threshold.isMet(value));
    }

    // ------------------------------------------------------------------------------------------- parts 四 – 六

    private static List<ApplicationDocument.Milestone> milestones(SectionContent.Plan plan) {
        return plan.milestones().stream().map(m -> new ApplicationDocument.Milestone(m.stage(), m.content(),
                Problems.date(m.start()), Problems.date(m.end()))).toList();
    }

    /** The five indicators in the seed's order, each with its change computed in its own right direction. */
    private List<ApplicationDocument.IndicatorTarget> indicators(SectionContent.Plan plan) {
        List<ApplicationDocument.IndicatorTarget> rows = new ArrayList<>();
        for (Indicator indicator : reference.indicators()) {
            SectionContent.Target t = plan.target(indicator.code()).orElse(null);
            BigDecimal before = t == null ? null : Problems.decimal(t.before());
            BigDecimal after = t == null ? null : Problems.decimal(t.after());
            String unit = t == null ? null : t.unit();
            if (before == null || after == null || before.signum() <= 0 || after.signum() < 0) {
                // no relative change can be computed: the figures as entered, the change left empty
                rows.add(new ApplicationDocument.IndicatorTarget(indicator.name(), unit, before, after, null, null,
                        false));
                continue;
            }
            BigDecimal improvement = indicator.improvementPercent(before, after);
            int direction = after.compareTo(before);
            ApplicationDocument.Change change = direction > 0 ? ApplicationDocument.Change.RISE
                    : direction < 0 ? ApplicationDocument.Change.FALL : ApplicationDocument.Change.UNCHANGED;
            rows.add(new ApplicationDocument.IndicatorTarget(indicator.name(), unit, before, after, improvement.abs(),
                    change, improvement.signum() > 0));
        }
        return rows;
    }

    private static List<ApplicationDocument.Scenario> scenarios(SectionContent.Scenarios scenarios) {
        return scenarios.scenarios().stream().map(s -> new ApplicationDocument.Scenario(s.name(),
                lifeCycleStage(s.stage()), s.problem(), s.solution(), s.effect())).toList();
    }

    private static ApplicationDocument.LifeCycleStage lifeCycleStage(String code) {
        LifeCycleStage stage = enumOf(LifeCycleStage.class, code).orElse(null);
        if (stage == null) {
            return null;
        }
        return switch (stage) {
            case DESIGN -> ApplicationDocument.LifeCycleStage.DESIGN;
            case MANUFACTURING -> ApplicationDocument.LifeCycleStage.MANUFACTURING;
            case LOGISTICS -> ApplicationDocument.LifeCycleStage.LOGISTICS;
            case SALES -> ApplicationDocument.LifeCycleStage.SALES;
            case SERVICE -> ApplicationDocument.LifeCycleStage.SERVICE;
        };
    }

    private static List<ApplicationDocument.Equipment> equipment(SectionContent.Attachments attachments) {
        return attachments.equipment().stream().map(e -> new ApplicationDocument.Equipment(e.name(),
                category(EquipmentCategory.of(e.category())), e.brand(), e.supplier(),
                origin(enumOf(EquipmentOrigin.class, e.origin()).orElse(null)), quantity(e.quantity()))).toList();
    }

    private static ApplicationDocument.EquipmentCategory category(EquipmentCategory category) {
        if (category == null) {
            return null;
        }
        return switch (category) {
            case CNC_ROBOT -> ApplicationDocument.EquipmentCategory.CNC_MACHINE_AND_ROBOT;
            case SENSING_CONTROL -> ApplicationDocument.EquipmentCategory.SENSING_AND_CONTROL;
            case INSPECTION_ASSEMBLY -> ApplicationDocument.EquipmentCategory.INSPECTION_AND_ASSEMBLY;
            case LOGISTICS_STORAGE -> ApplicationDocument.EquipmentCategory.LOGISTICS_AND_WAREHOUSING;
            case INDUSTRIAL_SOFTWARE -> ApplicationDocument.EquipmentCategory.INDUSTRIAL_SOFTWARE;
            case OTHER -> ApplicationDocument.EquipmentCategory.OTHER;
        };
    }

    private static ApplicationDocument.Origin origin(EquipmentOrigin origin) {
        if (origin == null) {
            return null;
        }
        return switch (origin) {
            case DOMESTIC_HUBEI -> ApplicationDocument.Origin.DOMESTIC_HUBEI;
            case DOMESTIC_OTHER -> ApplicationDocument.Origin.DOMESTIC_OTHER_PROVINCE;
            case IMPORTED -> ApplicationDocument.Origin.IMPORTED;
        };
    }

    /** The quantity as a whole number; the section's rules require one, so anything else is a draft's 0. */
    private static int quantity(String value) {
        BigDecimal quantity = Problems.decimal(value);
        try {
            return quantity == null ? 0 : quantity.intValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    private static List<ApplicationDocument.Patent> patents(SectionContent.Attachments attachments) {
        return attachments.patents().stream().map(p -> new ApplicationDocument.Patent(p.number(), p.title(),
                patentType(enumOf(PatentType.class, p.type()).orElse(null)), Problems.date(p.date()))).toList();
    }

    private static ApplicationDocument.PatentType patentType(PatentType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case INVENTION -> ApplicationDocument.PatentType.INVENTION;
            case UTILITY_MODEL -> ApplicationDocument.PatentType.UTILITY_MODEL;
            case DESIGN -> ApplicationDocument.PatentType.DESIGN;
            case SOFTWARE_COPYRIGHT -> ApplicationDocument.PatentType.SOFTWARE_COPYRIGHT;
        };
    }

    // --------------------------------------------------------------------------------------------------------

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, TEXT_LOCALE);
    }
}
