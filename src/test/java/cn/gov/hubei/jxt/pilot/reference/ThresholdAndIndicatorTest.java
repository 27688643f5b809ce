package cn.gov.hubei.jxt.pilot.reference;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdAndIndicatorTest {

    static Threshold threshold(Threshold.Operator operator, String value) {
        return new Threshold("M", "指标", operator, new BigDecimal(value), "%", "指标要求");
    }

    @Test
    void greaterThanIsStrict() {
        Threshold gt = threshold(Threshold.Operator.GT, "70");
        assertThat(gt.isMet(new BigDecimal("70.00"))).isFalse();
        assertThat(gt.isMet(new BigDecimal("70.01"))).isTrue();
        assertThat(gt.isMet(new BigDecimal("69.9"))).isFalse();
    }

    @Test
    void greaterOrEqualIncludesTheLimit() {
        Threshold ge = threshold(Threshold.Operator.GE, "90");
        assertThat(ge.isMet(new BigDecimal("90"))).isTrue();
        assertThat(ge.isMet(new BigDecimal("100"))).isTrue();
        assertThat(ge.isMet(new BigDecimal("89.99"))).isFalse();
        assertThatThrownBy(() -> ge.isMet(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anIndicatorThatShouldFallImprovesWhenItFalls() {
        Indicator cost = new Indicator("OPERATING_COST", "运营成本降低", "运营成本", Indicator.Direction.DECREASE, 1);
        assertThat(cost.improvementPercent(new BigDecimal("100"), new BigDecimal("80"))).isEqualByComparingTo("20.0");
        assertThat(cost.improvementPercent(new BigDecimal("3"), new BigDecimal("4"))).isEqualByComparingTo("-33.3");
    }

    @Test
    void anIndicatorThatShouldRiseImprovesWhenItRises() {
        Indicator efficiency = new Indicator("PRODUCTION_EFFICIENCY", "生产效率提高", "生产效率",
                Indicator.Direction.INCREASE, 3);
        assertThat(efficiency.improvementPercent(new BigDecimal("100"), new BigDecimal("80"))).isEqualByComparingTo("-20.0");
        assertThat(efficiency.improvementPercent(new BigDecimal("60"), new BigDecimal("75"))).isEqualByComparingTo("25.0");
        assertThat(efficiency.improvementPercent(new BigDecimal("60"), new BigDecimal("75")).scale()).isEqualTo(1);
        assertThatThrownBy(() -> efficiency.improvementPercent(BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
