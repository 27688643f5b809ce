package cn.gov.hubei.jxt.pilot.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of one section as the enterprise typed it. Values are kept as text, exactly as entered (trimmed, line
 * ends normalised), so a draft is never refused for a value that is not valid yet: the section's rules judge it,
 * and the overview shows the result. Codes (modes, results, categories …) are stable identifiers whose names come
 * from the reference data and the message bundles.
 */
public sealed interface SectionContent {

    /** The same content with text trimmed, CRLF turned into LF, blank list rows dropped and absent lists empty. */
    SectionContent normalised();

    /** Whether nothing at all has been entered. */
    boolean isEmpty();

    /** 一(二) 项目基本信息. Dates are ISO (yyyy-MM-dd); the investment is in 万元. */
    record BasicInfo(List<String> modes, String otherMode, List<String> technologies, String projectName,
                     String divisionCode, String address, String startDate, String endDate, String investment,
                     String summary) implements SectionContent {

        public static BasicInfo empty() {
            return new BasicInfo(List.of(), null, List.of(), null, null, null, null, null, null, null);
        }

        @Override
        public BasicInfo normalised() {
            return new BasicInfo(codes(modes), clean(otherMode), codes(technologies), clean(projectName),
                    clean(divisionCode), clean(address), clean(startDate), clean(endDate), clean(investment),
                    clean(summary));
        }

        @Override
        public boolean isEmpty() {
            BasicInfo n = normalised();
            return n.modes.isEmpty() && n.technologies.isEmpty() && allBlank(n.otherMode, n.projectName,
                    n.divisionCode, n.address, n.startDate, n.endDate, n.investment, n.summary);
        }
    }

    /** A narrative section: 项目概述 or 先进性. */
    record Narrative(String text) implements SectionContent {

        public static Narrative empty() {
            return new Narrative(null);
        }

        @Override
        public Narrative normalised() {
            return new Narrative(clean(text));
        }

        @Override
        public boolean isEmpty() {
            return allBlank(text);
        }
    }

    /** 三 项目实施现状: one part per content item of each selected mode and new technology. */
    record Implementation(List<Part> parts) implements SectionContent {

        public static Implementation empty() {
            return new Implementation(List.of());
        }

        @Override
        public Implementation normalised() {
            return new Implementation(rows(parts, Part::normalised, Part::isEmpty));
        }

        @Override
        public boolean isEmpty() {
            return normalised().parts.isEmpty();
        }

        /** The part for a group (mode or technology code) and content item number, if it has been written. */
        public java.util.Optional<Part> part(String group, int item) {
            if (parts == null) {
                return java.util.Optional.empty(); // a post that carried none of the parts
            }
            return parts.stream().filter(p -> Objects.equals(p.group, group) && p.item != null && p.item == item)
                    .findFirst();
        }
    }

    /**
     * One part of 实施现状.
     *
     * @param group the mode's or the new technology's code
     * @param item  the content item's number within the group
     */
    record Part(String group, Integer item, String text, List<Figure> figures) {

        Part normalised() {
            return new Part(clean(group), item, clean(text), rows(figures, Figure::normalised, Figure::isEmpty));
        }

        boolean isEmpty() {
            return allBlank(text) && (figures == null || figures.stream().allMatch(Figure::isEmpty));
        }

        /** The key of this part, e.g. {@code DISCRETE-3}: what a self-assessment refers to. */
        public String key() {
            return group + "-" + item;
        }
    }

    /** A figure (插图): an uploaded PNG or JPEG of the application, with its caption (图题). */
    record Figure(Long fileId, String caption) {

        Figure normalised() {
            return new Figure(fileId, clean(caption));
        }

        boolean isEmpty() {
            return fileId == null && allBlank(caption);
        }
    }

    /** 要素条件自评: one assessment per element condition of each selected mode. */
    record SelfAssessment(List<Assessment> items) implements SectionContent {

        public static SelfAssessment empty() {
            return new SelfAssessment(List.of());
        }

        @Override
        public SelfAssessment normalised() {
            return new SelfAssessment(rows(items, Assessment::normalised, Assessment::isEmpty));
        }

        @Override
        public boolean isEmpty() {
            return normalised().items.isEmpty();
        }

        public java.util.Optional<Assessment> item(String mode, int number) {
            if (items == null) {
                return java.util.Optional.empty();
            }
            return items.stream().filter(a -> Objects.equals(a.mode, mode) && a.number != null && a.number == number)
                    .findFirst();
        }
    }

    /**
     * The self-assessment of one element condition.
     *
     * @param result one of {@link AssessmentResult}
     * @param part   the key of the related 实施现状 part ({@link Part#key()}), optional
     * @param figure for a quantitative condition the figure in percent (数控化率, 数采率, 自控投用率)
     */
    record Assessment(String mode, Integer number, String result, String evidence, String part, String figure) {

        Assessment normalised() {
            return new Assessment(clean(mode), number, clean(result), clean(evidence), clean(part), clean(figure));
        }

        boolean isEmpty() {
            return allBlank(result, evidence, part, figure);
        }
    }

    /** 四 下一步实施计划 (milestones), 预期目标 (the five indicators) and 成长性分析. */
    record Plan(List<Milestone> milestones, List<Target> targets, String growth) implements SectionContent {

        public static Plan empty() {
            return new Plan(List.of(), List.of(), null);
        }

        @Override
        public Plan normalised() {
            return new Plan(rows(milestones, Milestone::normalised, Milestone::isEmpty),
                    rows(targets, Target::normalised, Target::isEmpty), clean(growth));
        }

        @Override
        public boolean isEmpty() {
            Plan n = normalised();
            return n.milestones.isEmpty() && n.targets.isEmpty() && allBlank(n.growth);
        }

        public java.util.Optional<Target> target(String indicator) {
            if (targets == null) {
                return java.util.Optional.empty();
            }
            return targets.stream().filter(t -> Objects.equals(t.indicator, indicator)).findFirst();
        }
    }

    /** A milestone: stage, content, start and end (ISO dates). */
    record Milestone(String stage, String content, String start, String end) {

        Milestone normalised() {
            return new Milestone(clean(stage), clean(content), clean(start), clean(end));
        }

        boolean isEmpty() {
            return allBlank(stage, content, start, end);
        }
    }

    /** 预期目标 on one indicator: unit, value before and value after. */
    record Target(String indicator, String unit, String before, String after) {

        Target normalised() {
            return new Target(clean(indicator), clean(unit), clean(before), clean(after));
        }

        boolean isEmpty() {
            return allBlank(unit, before, after);
        }
    }

    /** 五 示范推广: the typical application scenarios. */
    record Scenarios(List<Scenario> scenarios) implements SectionContent {

        public static Scenarios empty() {
            return new Scenarios(List.of());
        }

        @Override
        public Scenarios normalised() {
            return new Scenarios(rows(scenarios, Scenario::normalised, Scenario::isEmpty));
        }

        @Override
        public boolean isEmpty() {
            return normalised().scenarios.isEmpty();
        }
    }

    /** A typical scenario (典型应用场景): name, life-cycle stage ({@link LifeCycleStage}), problem, solution, effect. */
    record Scenario(String name, String stage, String problem, String solution, String effect) {

        Scenario normalised() {
            return new Scenario(clean(name), clean(stage), clean(problem), clean(solution), clean(effect));
        }

        boolean isEmpty() {
            return allBlank(name, stage, problem, solution, effect);
        }
    }

    /**
     * 六 相关附件: key equipment and software, patents, the signed and stamped 真实性承诺, the credit-check evidence
     * with its source and date, and other files.
     */
    record Attachments(List<Equipment> equipment, List<Patent> patents, Long commitmentFileId,
                       Long creditReportFileId, String creditSource, String creditCheckedOn,
                       List<Long> otherFileIds) implements SectionContent {

        public static Attachments empty() {
            return new Attachments(List.of(), List.of(), null, null, null, null, List.of());
        }

        @Override
        public Attachments normalised() {
            List<Long> others = otherFileIds == null ? List.of()
                    : otherFileIds.stream().filter(Objects::nonNull).distinct().toList();
            return new Attachments(rows(equipment, Equipment::normalised, Equipment::isEmpty),
                    rows(patents, Patent::normalised, Patent::isEmpty), commitmentFileId, creditReportFileId,
                    clean(creditSource), clean(creditCheckedOn), others);
        }

        @Override
        public boolean isEmpty() {
            Attachments n = normalised();
            return n.equipment.isEmpty() && n.patents.isEmpty() && n.commitmentFileId == null
                    && n.creditReportFileId == null && allBlank(n.creditSource, n.creditCheckedOn)
                    && n.otherFileIds.isEmpty();
        }

        public Attachments withEquipment(List<Equipment> rows) {
            return new Attachments(rows, patents, commitmentFileId, creditReportFileId, creditSource,
                    creditCheckedOn, otherFileIds);
        }

        public Attachments withCommitment(Long fileId) {
            return new Attachments(equipment, patents, fileId, creditReportFileId, creditSource, creditCheckedOn,
                    otherFileIds);
        }

        public Attachments withCreditReport(Long fileId) {
            return new Attachments(equipment, patents, commitmentFileId, fileId, creditSource, creditCheckedOn,
                    otherFileIds);
        }

        public Attachments withOtherFile(Long fileId) {
            List<Long> others = new ArrayList<>(otherFileIds == null ? List.of() : otherFileIds);
            others.add(fileId);
            return new Attachments(equipment, patents, commitmentFileId, creditReportFileId, creditSource,
                    creditCheckedOn, others);
        }
    }

    /** Key equipment or software: category ({@link EquipmentCategory}), origin ({@link EquipmentOrigin}). */
    record Equipment(String name, String category, String brand, String supplier, String origin, String quantity) {

        Equipment normalised() {
            return new Equipment(clean(name), clean(category), clean(brand), clean(supplier), clean(origin),
                    clean(quantity));
        }

        boolean isEmpty() {
            return allBlank(name, category, brand, supplier, origin, quantity);
        }
    }

    /** A patent or software copyright: type ({@link PatentType}), date (ISO) of grant or registration. */
    record Patent(String number, String title, String type, String date) {

        Patent normalised() {
            return new Patent(clean(number), clean(title), clean(type), clean(date));
        }

        boolean isEmpty() {
            return allBlank(number, title, type, date);
        }
    }

    /** Trimmed text with LF line ends, or {@code null} when blank: a browser posts CRLF, a person sees one break. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String lines = value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
        String normalised = lines.strip();
        return normalised.isEmpty() ? null : normalised;
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(SectionContent::clean).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> List<T> rows(List<T> values, java.util.function.UnaryOperator<T> normalise,
                                    java.util.function.Predicate<T> isEmpty) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(normalise).filter(isEmpty.negate()).toList();
    }

    private static boolean allBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
