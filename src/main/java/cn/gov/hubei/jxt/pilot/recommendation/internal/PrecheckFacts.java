package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.AssessmentResult;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.CreditSource;
import cn.gov.hubei.jxt.pilot.application.EquipmentOrigin;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeCheck;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeChecks;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a submitted version says about each recommendation condition, laid beside the recommender's verdicts: the
 * recommender judges, the system only gathers the facts from the frozen version (the enterprise profile as it was
 * submitted, the sections, the files).
 */
public record PrecheckFacts(Registration registration, Operation operation, Credit credit, Technology technology,
                            Equipment equipment, ElementConditions elementConditions, Replicability replicability,
                            Results results) {

    /** (1) 在湖北省境内注册、具有独立法人资格: the credit code, its check, and the divisions. */
    public record Registration(String enterpriseName, String creditCode, boolean codeValid, boolean inHubei,
                               String codeMessage, String codeDivisionName, String enterpriseDivisionName,
                               String applicationDivisionName) {
    }

    /** (2) 运营和财务状况良好: the figures of 附件3 一(一). Money in 万元, the debt ratio in percent. */
    public record Operation(LocalDate foundedOn, String nature, BigDecimal totalAssets, BigDecimal debtRatio,
                            BigDecimal lastYearSales, BigDecimal lastYearTax, BigDecimal lastYearProfit,
                            String creditRating) {
    }

    /** (3) 信用良好: the applicant's recorded credit check and its evidence file. */
    public record Credit(CreditSource source, String checkedOn, Long fileId, String fileName) {
    }

    /** (4) 技术国内先进: the applicant's own statement (先进性) and its patents. */
    public record Technology(String advancement, int patentCount) {
    }

    /** (5) 本地自主安全可控: the key equipment and software counted by origin. */
    public record Equipment(Map<EquipmentOrigin, Integer> byOrigin, int unknownOrigin, int total) {

        public int count(EquipmentOrigin origin) {
            return byOrigin.getOrDefault(origin, 0);
        }

        public List<EquipmentOrigin> origins() {
            return List.of(EquipmentOrigin.values());
        }
    }

    /** (6) 满足要素条件: the self-assessment, each condition not assessed as met flagged. */
    public record ElementConditions(List<Assessment> items, int metCount) {

        public List<Assessment> flagged() {
            return items.stream().filter(Assessment::flagged).toList();
        }
    }

    /**
     * One self-assessed element condition.
     *
     * @param result {@code null} when the condition was not assessed at all
     */
    public record Assessment(String modeName, int number, String text, AssessmentResult result, String evidence,
                             String figure) {

        public boolean flagged() {
            return result != AssessmentResult.MET;
        }
    }

    /** (7) 可复制可推广: the typical application scenarios (典型应用场景). */
    public record Replicability(List<String> scenarioNames) {

        public int count() {
            return scenarioNames.size();
        }
    }

    /** (8) 五项指标预期成效显著: the change of each indicator, improvement positive. */
    public record Results(List<IndicatorChange> indicators) {
    }

    /**
     * @param improvementPercent the relative improvement, positive when the indicator moved the right way;
     *                           {@code null} when it cannot be computed (a value missing, not a number, or 0 before)
     */
    public record IndicatorChange(String name, String unit, String before, String after,
                                  BigDecimal improvementPercent) {

        public boolean improved() {
            return improvementPercent != null && improvementPercent.signum() > 0;
        }
    }

    /** Gathers the facts from a frozen version. */
    static PrecheckFacts of(ApplicationSnapshot snapshot, ReferenceCatalog reference, CreditCodeChecks codes) {
        EnterpriseProfile profile = snapshot.profile();
        return new PrecheckFacts(registration(snapshot, profile, reference, codes), operation(profile),
                credit(snapshot), technology(snapshot), equipment(snapshot), elementConditions(snapshot, reference),
                new Replicability(snapshot.sections().scenarios().normalised().scenarios().stream()
                        .map(SectionContent.Scenario::name).map(n -> n == null ? "" : n).toList()),
                results(snapshot, reference));
    }

    private static Registration registration(ApplicationSnapshot snapshot, EnterpriseProfile profile,
                                             ReferenceCatalog reference, CreditCodeChecks codes) {
        CreditCodeCheck check = codes.check(profile.creditCode());
        return new Registration(profile.name(), profile.creditCode(), check.valid(), check.inHubei(), check.message(),
                check.divisionName(), divisionName(reference, profile.divisionCode()),
                divisionName(reference, snapshot.divisionCode()));
    }

    private static String divisionName(ReferenceCatalog reference, String code) {
        return code == null ? null : reference.division(code).map(Division::name).orElse(code);
    }

    private static Operation operation(EnterpriseProfile p) {
        return new Operation(p.foundedOn(), p.nature() == null ? null : p.nature().name(), p.totalAssets(),
                p.debtRatio(), p.lastYearSales(), p.lastYearTax(), p.lastYearProfit(), p.creditRating());
    }

    private static Credit credit(ApplicationSnapshot snapshot) {
        SectionContent.Attachments a = snapshot.sections().attachments().normalised();
        Long fileId = a.creditReportFileId();
        String name = fileId == null ? null : snapshot.files().stream().filter(f -> f.fileId() == fileId)
                .map(AttachedFile::name).findFirst().orElse(null);
        return new Credit(CreditSource.of(a.creditSource()), a.creditCheckedOn(), name == null ? null : fileId, name);
    }

    private static Technology technology(ApplicationSnapshot snapshot) {
        return new Technology(snapshot.sections().advancement().normalised().text(),
                snapshot.sections().attachments().normalised().patents().size());
    }

    private static Equipment equipment(ApplicationSnapshot snapshot) {
        Map<EquipmentOrigin, Integer> byOrigin = new EnumMap<>(EquipmentOrigin.class);
        int unknown = 0;
        List<SectionContent.Equipment> rows = snapshot.sections().attachments().normalised().equipment();
        for (SectionContent.Equipment row : rows) {
            EquipmentOrigin origin = EquipmentOrigin.of(row.origin());
            if (origin == null) {
                unknown++;
            } else {
                byOrigin.merge(origin, 1, Integer::sum);
            }
        }
        return new Equipment(byOrigin, unknown, rows.size());
    }

    private static ElementConditions elementConditions(ApplicationSnapshot snapshot, ReferenceCatalog reference) {
        SectionContent.SelfAssessment assessment = snapshot.sections().selfAssessment().normalised();
        List<String> modes = snapshot.sections().basic().normalised().modes();
        List<Assessment> items = new ArrayList<>();
        ElementConditionSet set = reference.elementConditions(snapshot.referenceVersion()).orElse(null);
        if (set != null) {
            // every condition of every selected mode, in the reference order: one not assessed is flagged too
            for (ElementConditionSet.ModeConditions mode : set.modes()) {
                if (!modes.contains(mode.mode().code())) {
                    continue;
                }
                for (ElementConditionSet.Condition condition : mode.conditions()) {
                    SectionContent.Assessment a = assessment.item(mode.mode().code(), condition.number())
                            .orElse(null);
                    items.add(new Assessment(mode.mode().name(), condition.number(), condition.text(),
                            a == null ? null : AssessmentResult.of(a.result()), a == null ? null : a.evidence(),
                            a == null ? null : a.figure()));
                }
            }
        }
        int met = (int) items.stream().filter(i -> !i.flagged()).count();
        return new ElementConditions(items, met);
    }

    private static Results results(ApplicationSnapshot snapshot, ReferenceCatalog reference) {
        SectionContent.Plan plan = snapshot.sections().plan().normalised();
        Map<String, IndicatorChange> changes = new LinkedHashMap<>();
        for (Indicator indicator : reference.indicators()) {
            SectionContent.Target target = plan.target(indicator.code()).orElse(null);
            String before = target == null ? null : target.before();
            String after = target == null ? null : target.after();
            changes.put(indicator.code(), new IndicatorChange(indicator.name(), target == null ? null : target.unit(),
                    before, after, improvement(indicator, before, after)));
        }
        return new Results(List.copyOf(changes.values()));
    }

    private static BigDecimal improvement(Indicator indicator, String before, String after) {
        BigDecimal b = number(before);
        BigDecimal a = number(after);
        if (b == null || a == null || b.signum() == 0) {
            return null;
        }
        return indicator.improvementPercent(b, a);
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
