package cn.gov.hubei.jxt.pilot.review;

import java.math.BigDecimal;

/**
 * One criterion of a rubric (评分指标).
 *
 * @param code      a short upper-case code, stable across versions (e.g. {@code IMPLEMENTATION}); tie-break keys name it
 * @param name      its name as printed, e.g. 实施成效
 * @param weight    the factor of its score in the total (the total is Σ weight × score; Σ weight × max is 100)
 * @param maxPoints the highest score an expert may give, 2 decimal places
 * @param guidance  what the expert looks at (评分要点)
 */
public record Criterion(String code, String name, BigDecimal weight, BigDecimal maxPoints, String guidance) {
}
