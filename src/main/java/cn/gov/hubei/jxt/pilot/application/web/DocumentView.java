package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.reference.ContentItemSet;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.NewTechnology;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A submitted version laid out like the document of 附件3: the enterprise table, the project table with its boxes
 * (☑ / □), parts 二 to 六 with the content items as headings, and the tables. Read-only, from the frozen snapshot.
 */
record DocumentView(String projectName, String enterpriseName, String recommenderName, EnterpriseProfile profile,
                    List<Box> modes, String otherMode, List<Box> technologies, SectionContent.BasicInfo basic,
                    String projectDivisionName, DraftSections sections, List<PartView> parts,
                    List<AssessmentView> assessments, List<TargetView> targets, Map<Long, AttachedFile> files) {

    /** A box of the form: ☑ when chosen. */
    record Box(String name, boolean checked) {
        public String mark() {
            return checked ? "☑" : "□";
        }
    }

    record PartView(String heading, int item, String title, String requirement, SectionContent.Part part,
                    boolean firstOfGroup) {
    }

    record AssessmentView(String modeName, int number, String condition, SectionContent.Assessment assessment,
                          String threshold) {
    }

    record TargetView(Indicator indicator, SectionContent.Target target, IndicatorChange change) {
    }

    static DocumentView of(FrozenVersion version, ReferenceCatalog reference, ApplicationPages pages) {
        var snapshot = version.snapshot();
        DraftSections s = snapshot.sections();
        SectionContent.BasicInfo basic = s.basic().normalised();
        List<ManufacturingMode> allModes = reference.modes();
        List<NewTechnology> allTechnologies = reference.newTechnologies();
        List<Box> modes = allModes.stream().map(m -> new Box(m.name(), basic.modes().contains(m.code()))).toList();
        List<Box> technologies = allTechnologies.stream()
                .map(t -> new Box(t.name(), basic.technologies().contains(t.code()))).toList();
        Map<String, String> divisions = reference.divisions().stream()
                .collect(Collectors.toMap(Division::code, Division::name));

        ContentItemSet items = reference.contentItems(snapshot.referenceVersion()).orElse(null);
        ElementConditionSet conditions = reference.elementConditions(snapshot.referenceVersion()).orElse(null);
        SectionContent.Implementation impl = s.implementation().normalised();
        List<PartView> parts = new ArrayList<>();
        for (ManufacturingMode mode : allModes) {
            if (!basic.modes().contains(mode.code())) {
                continue;
            }
            if (mode.code().equals(ManufacturingMode.OTHER)) {
                parts.add(new PartView(mode.name() + (basic.otherMode() == null ? "" : "：" + basic.otherMode()), 1,
                        basic.otherMode(), null, impl.part(mode.code(), 1).orElse(null), true));
                continue;
            }
            if (items != null) {
                items.forMode(mode.code()).ifPresent(g -> addGroup(parts, g, impl));
            }
        }
        for (NewTechnology technology : allTechnologies) {
            if (basic.technologies().contains(technology.code()) && items != null) {
                items.forNewTechnology(technology.code()).ifPresent(g -> addGroup(parts, g, impl));
            }
        }
        List<AssessmentView> assessments = new ArrayList<>();
        SectionContent.SelfAssessment sa = s.selfAssessment().normalised();
        if (conditions != null) {
            for (ElementConditionSet.ModeConditions group : conditions.modes()) {
                if (!basic.modes().contains(group.mode().code())) {
                    continue;
                }
                for (ElementConditionSet.Condition c : group.conditions()) {
                    assessments.add(new AssessmentView(group.mode().name(), c.number(), c.text(),
                            sa.item(group.mode().code(), c.number()).orElse(null),
                            c.threshold().map(t -> t.description()).orElse(null)));
                }
            }
        }
        SectionContent.Plan plan = s.plan().normalised();
        List<TargetView> targets = reference.indicators().stream().map(i -> {
            SectionContent.Target t = plan.target(i.code()).orElse(new SectionContent.Target(i.code(), null, null, null));
            return new TargetView(i, t, IndicatorChange.of(pages, i, t.before(), t.after()));
        }).toList();
        return new DocumentView(basic.projectName(), snapshot.profile() == null ? null : snapshot.profile().name(),
                divisions.getOrDefault(snapshot.divisionCode(), snapshot.divisionCode()), snapshot.profile(), modes,
                basic.otherMode(), technologies, basic,
                basic.divisionCode() == null ? null : divisions.getOrDefault(basic.divisionCode(), basic.divisionCode()),
                new DraftSections(basic, s.overview().normalised(), s.advancement().normalised(), impl, sa, plan,
                        s.scenarios().normalised(), s.attachments().normalised()),
                parts, assessments, targets,
                snapshot.files().stream().collect(Collectors.toMap(AttachedFile::fileId, f -> f, (a, b) -> a)));
    }

    private static void addGroup(List<PartView> parts, ContentItemSet.Group group,
                                 SectionContent.Implementation impl) {
        boolean first = true;
        for (ContentItemSet.Item item : group.items()) {
            parts.add(new PartView(group.heading(), item.number(), item.title(), item.requirement(),
                    impl.part(group.code(), item.number()).orElse(null), first));
            first = false;
        }
    }
}
