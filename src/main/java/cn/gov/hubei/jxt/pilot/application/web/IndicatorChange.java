package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.internal.Problems;
import cn.gov.hubei.jxt.pilot.reference.Indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The relative change of one indicator from before to after, in the indicator's right direction (a cost, cycle
 * time or defect rate improves when it falls; efficiency and energy utilisation when they rise), rounded to one
 * decimal — as shown live beside the figures.
 *
 * @param kind better, worse, unchanged, or none when it cannot be computed yet
 */
record IndicatorChange(String code, String kind, String text) {

    static IndicatorChange of(ApplicationPages pages, Indicator indicator, String before, String after) {
        BigDecimal b = Problems.decimal(before);
        BigDecimal a = Problems.decimal(after);
        if (b == null || a == null) {
            return new IndicatorChange(indicator.code(), "none", pages.text("application.indicator.change.none"));
        }
        if (b.signum() <= 0 || a.signum() < 0) {
            return new IndicatorChange(indicator.code(), "none", pages.text("application.indicator.change.impossible"));
        }
        BigDecimal percent = indicator.improvementPercent(b, a);
        int sign = percent.signum();
        if (sign > 0) {
            return new IndicatorChange(indicator.code(), "better",
                    pages.text("application.indicator.change.better", indicator.name(), percent.toPlainString()));
        }
        if (sign < 0) {
            return new IndicatorChange(indicator.code(), "worse",
                    pages.text("application.indicator.change.worse", indicator.subject(),
                            percent.negate().toPlainString()));
        }
        return new IndicatorChange(indicator.code(), "unchanged",
                pages.text("application.indicator.change.unchanged", indicator.subject()));
    }

    /** One change per indicator, in the order of the plan form's targets. */
    static List<IndicatorChange> all(ApplicationPages pages, List<Indicator> indicators, SectionContent.Plan form) {
        return indicators.stream().map(i -> {
            SectionContent.Target t = form.target(i.code()).orElse(new SectionContent.Target(i.code(), null, null, null));
            return of(pages, i, t.before(), t.after());
        }).toList();
    }
}
