package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.SectionState;
import cn.gov.hubei.jxt.pilot.reference.ContentItemSet;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges sections by their rule classes and derives each section's state for the overview: 未开始 when nothing is
 * saved, 有问题 when a value breaks a rule, 进行中 when something required is missing, otherwise 已完成.
 */
@Component
public class DraftValidator {

    private final Map<SectionKey, SectionRules<? extends SectionContent>> rules = new EnumMap<>(SectionKey.class);
    private final ReferenceCatalog reference;
    private final Clock clock;

    DraftValidator(List<SectionRules<?>> ruleBeans, ReferenceCatalog reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
        ruleBeans.forEach(r -> rules.put(r.key(), r));
        rules.put(SectionKey.OVERVIEW, new NarrativeRules(SectionKey.OVERVIEW));
        rules.put(SectionKey.ADVANCEMENT, new NarrativeRules(SectionKey.ADVANCEMENT));
    }

    /** The context to judge an application's sections in, for its reference version and files. */
    public RuleContext context(ApplicationSummary application, DraftSections draft, List<AttachedFile> files) {
        String version = application.referenceVersion();
        ContentItemSet items = reference.contentItems(version)
                .orElseThrow(() -> new IllegalStateException("no content items of version " + version));
        ElementConditionSet conditions = reference.elementConditions(version)
                .orElseThrow(() -> new IllegalStateException("no element conditions of version " + version));
        return new RuleContext(draft, reference.modes(), reference.newTechnologies(),
                reference.divisions().stream().map(Division::code).collect(Collectors.toSet()), items, conditions,
                reference.indicators(), files.stream().collect(Collectors.toMap(AttachedFile::fileId,
                Function.identity(), (a, b) -> a)), LocalDate.now(clock));
    }

    /** Every section in document order; {@code saved} holds the sections that have been saved. */
    public List<SectionCheck> checkAll(Map<SectionKey, SavedSection> saved, RuleContext context) {
        return java.util.Arrays.stream(SectionKey.values())
                .map(key -> {
                    SavedSection section = saved.get(key);
                    return section == null || section.content().isEmpty()
                            ? new SectionCheck(key, SectionState.NOT_STARTED, section == null ? 0 : section.version(),
                            problemsOf(key, context).problems(), List.of())
                            : check(key, section.content(), section.version(), context);
                })
                .toList();
    }

    /** One section's content judged in the context (whose draft holds the other sections). */
    public SectionCheck check(SectionKey key, SectionContent content, int version, RuleContext context) {
        SectionContent normalised = content.normalised();
        Problems problems = problemsOf(key, context.withDraft(context.draft().with(key, normalised)));
        SectionState state;
        if (normalised.isEmpty()) {
            state = SectionState.NOT_STARTED;
        } else if (problems.problems().stream().anyMatch(p -> p.severity() == FieldProblem.Severity.INVALID)) {
            state = SectionState.PROBLEM;
        } else if (!problems.problems().isEmpty()) {
            state = SectionState.IN_PROGRESS;
        } else {
            state = SectionState.COMPLETE;
        }
        return new SectionCheck(key, state, version, problems.problems(), problems.flags());
    }

    @SuppressWarnings("unchecked")
    private Problems problemsOf(SectionKey key, RuleContext context) {
        Problems problems = new Problems();
        SectionRules<SectionContent> rule = (SectionRules<SectionContent>) rules.get(key);
        rule.check(context.draft().get(key).normalised(), context, problems);
        return problems;
    }
}
