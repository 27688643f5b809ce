package cn.gov.hubei.jxt.pilot.reference;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative threshold an element condition sets, e.g. 制造装备数控化率 &gt; 70 %.
 *
 * @param metric      stable code of the figure, e.g. NC_EQUIPMENT_RATE
 * @param metricName  the figure as the condition names it, e.g. 制造装备数控化率
 * @param operator    GT for 超过, GE for 达到…以上
 * @param value       the limit, e.g. 70
 * @param unit        e.g. %
 * @param description the requirement as one phrase, e.g. 制造装备数控化率应超过70%
 */
public record Threshold(String metric, String metricName, Operator operator, BigDecimal value, String unit,
                        String description) {

    public enum Operator {
        /** Strictly greater: 超过. */
        GT,
        /** Greater or equal: 达到…以上. */
        GE;

        boolean holds(BigDecimal actual, BigDecimal limit) {
            int comparison = actual.compareTo(limit);
            return this == GT ? comparison > 0 : comparison >= 0;
        }
    }

    public Threshold {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }

    /** Whether a figure (in the threshold's unit, a percentage for all 2020 thresholds) meets the threshold. */
    public boolean isMet(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return operator.holds(percent, value);
    }
}
