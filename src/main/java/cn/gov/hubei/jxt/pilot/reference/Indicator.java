package cn.gov.hubei.jxt.pilot.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One of the five outcome indicators on which a project must show (expected) significant results (seed §四(四)).
 *
 * @param code      e.g. OPERATING_COST
 * @param name      the improvement as the seed words it, e.g. 运营成本降低
 * @param subject   what is measured, e.g. 运营成本
 * @param direction which way is better
 */
public record Indicator(String code, String name, String subject, Direction direction, int displayOrder) {

    public enum Direction {
        /** Lower is better: a cost, a cycle time, a defect rate. */
        DECREASE,
        /** Higher is better: efficiency, energy utilisation. */
        INCREASE
    }

    /**
     * The relative improvement from {@code before} to {@code after} in percent, one decimal, positive when the
     * indicator moved the right way: for a cost 100 → 80 it is 20.0, for efficiency 100 → 80 it is −20.0.
     *
     * @throws IllegalArgumentException if {@code before} is zero (no relative change can be computed)
     */
    public BigDecimal improvementPercent(BigDecimal before, BigDecimal after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.signum() == 0) {
            throw new IllegalArgumentException("the value before must not be zero");
        }
        BigDecimal change = direction == Direction.DECREASE ? before.subtract(after) : after.subtract(before);
        return change.multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP);
    }
}
