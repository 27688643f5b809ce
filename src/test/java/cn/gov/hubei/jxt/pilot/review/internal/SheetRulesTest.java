package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.review.ReviewRejectedException;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.SheetDraft;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** What an expert may type into a sheet, checked against the 2020 default rubric, and the total. */
class SheetRulesTest {

    static final Rubric RUBRIC = DefaultRubric.of(1);

    @Test
    void aDraftMayBeIncompleteButEveryValueTypedIsChecked() {
        SheetService.Checked checked = SheetService.check(RUBRIC,
                new SheetDraft(Map.of("ADVANCEMENT", "18.5"), Map.of("ADVANCEMENT", " 技术先进 "), null, 0), false);
        assertThat(checked.scores()).containsExactly(Map.entry("ADVANCEMENT", new BigDecimal("18.50")));
        assertThat(checked.comments()).containsExactly(Map.entry("ADVANCEMENT", "技术先进"));
        assertThat(checked.opinion()).isNull();
    }

    @Test
    void aScoreAboveTheMaximumWithThreeDecimalsOrNotANumberIsRefusedBesideItsField() {
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("ADVANCEMENT", "20.01");
        scores.put("ELEMENTS", "10.005");
        scores.put("IMPLEMENTATION", "-1");
        scores.put("AUTONOMY", "1e1");
        scores.put("PROMOTION", "15");
        scores.put("GROWTH", "0");
        scores.put("BOGUS", "1");
        assertThatThrownBy(() -> SheetService.check(RUBRIC, new SheetDraft(scores, Map.of(), "意见", 0), true))
                .isInstanceOfSatisfying(ReviewRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(
                                tuple("scores[BOGUS]", "review.sheet.criterion.unknown"),
                                tuple("scores[ADVANCEMENT]", "review.sheet.score.invalid"),
                                tuple("scores[ELEMENTS]", "review.sheet.score.invalid"),
                                tuple("scores[IMPLEMENTATION]", "review.sheet.score.invalid"),
                                tuple("scores[AUTONOMY]", "review.sheet.score.invalid")));
    }

    @Test
    void submittingNeedsEveryScoreAndTheOpinion() {
        assertThatThrownBy(() -> SheetService.check(RUBRIC,
                new SheetDraft(Map.of("ADVANCEMENT", "20", "ELEMENTS", "18", "IMPLEMENTATION", "22",
                        "AUTONOMY", "8", "PROMOTION", "12"), Map.of(), "  ", 3), true))
                .isInstanceOfSatisfying(ReviewRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code, p -> p.getArguments().length > 0
                                ? p.getArguments()[0] : null)
                        .containsExactly(tuple("scores[GROWTH]", "review.sheet.score.missing", "成长性"),
                                tuple("opinion", "review.sheet.opinion.missing", null)));
    }

    @Test
    void theTotalIsTheWeightedSumRoundedHalfUp() {
        SheetService.Checked checked = SheetService.check(RUBRIC, new SheetDraft(Map.of("ADVANCEMENT", "18.5",
                "ELEMENTS", "17.25", "IMPLEMENTATION", "22", "AUTONOMY", "8", "PROMOTION", "12.75", "GROWTH", "9"),
                Map.of(), "同意推荐", 0), true);
        assertThat(SheetService.total(RUBRIC, checked.scores())).hasToString("87.50");
    }

    @Test
    void anOpinionOrCommentTooLongIsRefused() {
        assertThatThrownBy(() -> SheetService.check(RUBRIC, new SheetDraft(Map.of(),
                Map.of("GROWTH", "字".repeat(SheetService.MAX_COMMENT + 1)), "意".repeat(SheetService.MAX_OPINION + 1),
                0), false))
                .isInstanceOfSatisfying(ReviewRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("comments[GROWTH]", "opinion"));
    }
}
