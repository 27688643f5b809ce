package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.AssessmentResult;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Assessment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.SelfAssessment;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.reference.Threshold;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 要素条件自评: every element condition of every chosen mode has a result and evidence; a quantitative condition
 * has its figure (0–100 %, one decimal). A condition self-assessed as not or partly met, or a figure below the
 * call's threshold, does not block submission: it is flagged.
 */
@Component
class SelfAssessmentRules implements SectionRules<SelfAssessment> {

    static final int EVIDENCE_LIMIT = 2000;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public SectionKey key() {
        return SectionKey.SELF_ASSESSMENT;
    }

    @Override
    public void check(SelfAssessment assessment, RuleContext context, Problems problems) {
        var expected = context.expectedConditions();
        if (expected.isEmpty()) {
            if (context.selectedModes().isEmpty()) {
                problems.missing("items", "application.rule.self-assessment.no-modes");
            }
            return;
        }
        Set<String> partKeys = context.expectedParts().stream().map(RuleContext.PartSpec::key)
                .collect(Collectors.toSet());
        for (RuleContext.ConditionSpec spec : expected) {
            String field = "items[" + spec.key() + "]";
            Assessment item = assessment.item(spec.mode(), spec.number()).orElse(null);
            if (item == null) {
                problems.missing(field + ".result", "application.rule.self-assessment.result.missing",
                        spec.modeName(), spec.number());
                continue;
            }
            AssessmentResult result = AssessmentResult.of(item.result());
            if (item.result() == null) {
                problems.missing(field + ".result", "application.rule.self-assessment.result.missing",
                        spec.modeName(), spec.number());
            } else if (result == null) {
                problems.invalid(field + ".result", "application.rule.code.unknown", item.result());
            } else if (result != AssessmentResult.MET) {
                problems.flag(field + ".result", "application.flag.condition." + result.name(), spec.modeName(),
                        spec.number());
            }
            problems.requiredText(field + ".evidence", item.evidence(), EVIDENCE_LIMIT,
                    "application.rule.self-assessment.evidence.missing");
            if (item.part() != null && !partKeys.contains(item.part())) {
                problems.invalid(field + ".part", "application.rule.self-assessment.part.unknown");
            }
            if (spec.threshold().isPresent()) {
                Threshold threshold = spec.threshold().get();
                BigDecimal figure = problems.requiredNumber(field + ".figure", item.figure(), 1, HUNDRED,
                        "application.rule.self-assessment.figure.missing");
                if (figure != null && !threshold.isMet(figure)) {
                    problems.flag(field + ".figure", "application.flag.threshold", threshold.metricName(),
                            figure.toPlainString(), threshold.description(), spec.modeName(), spec.number());
                }
            }
        }
    }
}
