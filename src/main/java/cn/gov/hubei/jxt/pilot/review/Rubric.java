package cn.gov.hubei.jxt.pilot.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A version of a call's rubric (评分标准). Editing makes a new version; a version is locked once a score sheet scored
 * with it is submitted (a new version then applies only to sheets not yet begun).
 *
 * @param tieBreak the keys that order equal scores, in order: {@code criterion:CODE} (the criterion's mean, higher
 *                 first), {@code CITY_RANK} (the division's rank, lower first), {@code SUBMITTED_AT} (earlier first)
 */
public record Rubric(long id, long callId, int version, List<Criterion> criteria, List<String> tieBreak,
                     String createdBy, Instant createdAt, Instant lockedAt) {

    public Rubric {
        criteria = List.copyOf(criteria);
        tieBreak = List.copyOf(tieBreak);
    }

    public boolean locked() {
        return lockedAt != null;
    }

    /** The highest total: Σ weight × max points (100 for a well-formed rubric). */
    public BigDecimal maxTotal() {
        return criteria.stream().map(c -> c.weight().multiply(c.maxPoints())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public java.util.Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
