package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.internal.Problems;
import cn.gov.hubei.jxt.pilot.application.internal.RuleContext;
import cn.gov.hubei.jxt.pilot.reference.Threshold;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantitative element condition's figure against the call's threshold, as shown live while it is typed: which
 * condition, which figure, and whether it meets the requirement.
 *
 * @param kind met, unmet, invalid, or none (not entered yet, or the condition has no threshold)
 */
record ThresholdCheck(String key, String kind, String text) {

    static ThresholdCheck of(ApplicationPages pages, RuleContext.ConditionSpec spec, String figure) {
        if (spec.threshold().isEmpty()) {
            return new ThresholdCheck(spec.key(), "none", "");
        }
        Threshold threshold = spec.threshold().get();
        if (figure == null || figure.isBlank()) {
            return new ThresholdCheck(spec.key(), "none",
                    pages.text("application.threshold.enter", threshold.description()));
        }
        BigDecimal value = Problems.decimal(figure);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return new ThresholdCheck(spec.key(), "invalid", pages.text("application.threshold.invalid"));
        }
        if (threshold.isMet(value)) {
            return new ThresholdCheck(spec.key(), "met", pages.text("application.threshold.met",
                    threshold.metricName(), value.toPlainString(), threshold.description()));
        }
        return new ThresholdCheck(spec.key(), "unmet", pages.text("application.flag.threshold",
                threshold.metricName(), value.toPlainString(), threshold.description(), spec.modeName(),
                spec.number()));
    }

    static List<ThresholdCheck> all(ApplicationPages pages, List<RuleContext.ConditionSpec> specs,
                                    SectionContent.SelfAssessment form) {
        return specs.stream().map(spec -> of(pages, spec, form.item(spec.mode(), spec.number())
                .map(SectionContent.Assessment::figure).orElse(null))).toList();
    }
}
