package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.reference.ContentItemSet;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.NewTechnology;
import cn.gov.hubei.jxt.pilot.reference.Threshold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the section rules judge a section against: the whole draft (part 三 and the self-assessment follow the
 * modes chosen in 一(二)), the reference data of the call's version, the application's files and today's date.
 */
public record RuleContext(DraftSections draft, List<ManufacturingMode> modes, List<NewTechnology> technologies,
                          Set<String> divisionCodes, ContentItemSet contentItems, ElementConditionSet conditions,
                          List<Indicator> indicators, Map<Long, AttachedFile> files, LocalDate today) {

    /** One part of 实施现状 that the chosen modes and technologies ask for. */
    public record PartSpec(String group, String groupName, String heading, int item, String title,
                           String requirement) {

        public String key() {
            return group + "-" + item;
        }
    }

    /** One element condition to self-assess. */
    public record ConditionSpec(String mode, String modeName, int number, String text, Optional<Threshold> threshold) {

        public String key() {
            return mode + "-" + number;
        }
    }

    public RuleContext withDraft(DraftSections other) {
        return new RuleContext(other, modes, technologies, divisionCodes, contentItems, conditions, indicators,
                files, today);
    }

    public Set<String> modeCodes() {
        return modes.stream().map(ManufacturingMode::code).collect(Collectors.toSet());
    }

    public Set<String> technologyCodes() {
        return technologies.stream().map(NewTechnology::code).collect(Collectors.toSet());
    }

    /** The modes chosen in the basic section that the reference data knows, in the reference order. */
    public List<ManufacturingMode> selectedModes() {
        List<String> chosen = draft.basic().normalised().modes();
        return modes.stream().filter(m -> chosen.contains(m.code())).toList();
    }

    public List<NewTechnology> selectedTechnologies() {
        List<String> chosen = draft.basic().normalised().technologies();
        return technologies.stream().filter(t -> chosen.contains(t.code())).toList();
    }

    /**
     * The parts of 实施现状 in the document's order: the content items of each chosen mode, then of each chosen new
     * technology that has content items; 其他 gets one free part described by the mode's own text.
     */
    public List<PartSpec> expectedParts() {
        List<PartSpec> parts = new ArrayList<>();
        for (ManufacturingMode mode : selectedModes()) {
            if (mode.code().equals(ManufacturingMode.OTHER)) {
                String described = draft.basic().normalised().otherMode();
                parts.add(new PartSpec(mode.code(), mode.name(), mode.name(), 1,
                        described == null ? mode.name() : described, null));
                continue;
            }
            contentItems.forMode(mode.code()).ifPresent(group -> group.items().forEach(item ->
                    parts.add(new PartSpec(group.code(), group.name(), group.heading(), item.number(), item.title(),
                            item.requirement()))));
        }
        for (NewTechnology technology : selectedTechnologies()) {
            contentItems.forNewTechnology(technology.code()).ifPresent(group -> group.items().forEach(item ->
                    parts.add(new PartSpec(group.code(), group.name(), group.heading(), item.number(), item.title(),
                            item.requirement()))));
        }
        return parts;
    }

    /** The element conditions of every chosen mode (其他 has none), in the document's order. */
    public List<ConditionSpec> expectedConditions() {
        List<ConditionSpec> specs = new ArrayList<>();
        for (ManufacturingMode mode : selectedModes()) {
            conditions.forMode(mode.code()).ifPresent(group -> group.conditions().forEach(c ->
                    specs.add(new ConditionSpec(mode.code(), mode.name(), c.number(), c.text(), c.threshold()))));
        }
        return specs;
    }

    /** Whether a file is attached to this application for the purpose. */
    public boolean hasFile(Long fileId, FilePurpose purpose) {
        AttachedFile file = fileId == null ? null : files.get(fileId);
        return file != null && file.purpose() == purpose;
    }
}
