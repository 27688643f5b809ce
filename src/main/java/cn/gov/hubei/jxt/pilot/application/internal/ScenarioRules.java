package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Scenario;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Scenarios;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import org.springframework.stereotype.Component;

import java.util.List;

/** 五 项目示范推广分析: at least one typical scenario, each with name, life-cycle stage, problem, solution, effect. */
@Component
class ScenarioRules implements SectionRules<Scenarios> {

    static final int NAME_LIMIT = 100;
    static final int TEXT_LIMIT = 2000;

    @Override
    public SectionKey key() {
        return SectionKey.SCENARIOS;
    }

    @Override
    public void check(Scenarios scenarios, RuleContext context, Problems problems) {
        List<Scenario> rows = scenarios.scenarios();
        if (rows.isEmpty()) {
            problems.missing("scenarios", "application.rule.scenarios.missing");
        }
        for (int i = 0; i < rows.size(); i++) {
            Scenario s = rows.get(i);
            String field = "scenarios[" + i + "]";
            problems.requiredText(field + ".name", s.name(), NAME_LIMIT, "application.rule.scenarios.name.missing");
            if (s.stage() == null) {
                problems.missing(field + ".stage", "application.rule.scenarios.stage.missing");
            } else if (LifeCycleStage.of(s.stage()) == null) {
                problems.invalid(field + ".stage", "application.rule.code.unknown", s.stage());
            }
            problems.requiredText(field + ".problem", s.problem(), TEXT_LIMIT,
                    "application.rule.scenarios.problem.missing");
            problems.requiredText(field + ".solution", s.solution(), TEXT_LIMIT,
                    "application.rule.scenarios.solution.missing");
            problems.requiredText(field + ".effect", s.effect(), TEXT_LIMIT,
                    "application.rule.scenarios.effect.missing");
        }
    }
}
