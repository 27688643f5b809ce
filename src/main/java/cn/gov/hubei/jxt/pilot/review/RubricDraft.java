package cn.gov.hubei.jxt.pilot.review;

import java.util.List;

/**
 * A rubric as the officer enters it, before it is checked: the values are text as typed.
 *
 * @param tieBreak the tie-break keys in order (see {@link Rubric#tieBreak()})
 */
public record RubricDraft(List<CriterionDraft> criteria, List<String> tieBreak) {

    public RubricDraft {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        tieBreak = tieBreak == null ? List.of() : List.copyOf(tieBreak);
    }

    /** One criterion as typed. */
    public record CriterionDraft(String code, String name, String weight, String maxPoints, String guidance) {
    }
}
