package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.SectionContent.Milestone;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Plan;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Target;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 四 下一步实施计划: at least one milestone (stage, content, start ≤ end); 预期目标 on each of the five indicators
 * (unit, value before &gt; 0, value after ≥ 0); 成长性分析.
 */
@Component
class PlanRules implements SectionRules<Plan> {

    static final int STAGE_LIMIT = 100;
    static final int CONTENT_LIMIT = 1000;
    static final int UNIT_LIMIT = 20;
    static final int GROWTH_LIMIT = 10000;
    static final BigDecimal VALUE_MAX = new BigDecimal("999999999999");

    @Override
    public SectionKey key() {
        return SectionKey.PLAN;
    }

    @Override
    public void check(Plan plan, RuleContext context, Problems problems) {
        List<Milestone> milestones = plan.milestones();
        if (milestones.isEmpty()) {
            problems.missing("milestones", "application.rule.plan.milestones.missing");
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            String field = "milestones[" + i + "]";
            problems.requiredText(field + ".stage", m.stage(), STAGE_LIMIT, "application.rule.plan.stage.missing");
            problems.requiredText(field + ".content", m.content(), CONTENT_LIMIT,
                    "application.rule.plan.content.missing");
            LocalDate start = problems.requiredDate(field + ".start", m.start(), "application.rule.plan.start.missing");
            LocalDate end = problems.requiredDate(field + ".end", m.end(), "application.rule.plan.end.missing");
            if (start != null && end != null && start.isAfter(end)) {
                problems.invalid(field + ".end", "application.rule.plan.end.before-start");
            }
        }
        for (Indicator indicator : context.indicators()) {
            String field = "targets[" + indicator.code() + "]";
            Target target = plan.target(indicator.code()).orElse(new Target(indicator.code(), null, null, null));
            problems.requiredText(field + ".unit", target.unit(), UNIT_LIMIT, "application.rule.plan.unit.missing");
            BigDecimal before = problems.requiredNumber(field + ".before", target.before(), 4, VALUE_MAX,
                    "application.rule.plan.before.missing");
            problems.requiredNumber(field + ".after", target.after(), 4, VALUE_MAX,
                    "application.rule.plan.after.missing");
            if (before != null && before.signum() == 0) {
                problems.invalid(field + ".before", "application.rule.plan.before.zero");
            }
        }
        for (Target target : plan.targets()) {
            if (context.indicators().stream().noneMatch(i -> i.code().equals(target.indicator()))) {
                problems.invalid("targets", "application.rule.code.unknown", target.indicator());
            }
        }
        problems.requiredText("growth", plan.growth(), GROWTH_LIMIT, "application.rule.plan.growth.missing");
    }
}
