package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Entry;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Input;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Result;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Row;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Seat;
import cn.gov.hubei.jxt.pilot.review.internal.ScoreAggregation.Sheet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregation's rules with exact values, and properties of the trimmed mean. */
class ScoreAggregationTest {

    static final List<String> TIE_BREAK = List.of("criterion:IMPLEMENTATION", "criterion:ADVANCEMENT", "CITY_RANK",
            "SUBMITTED_AT");

    @Test
    void fiveScoresDropOneHighestAndOneLowest() {
        assertThat(ScoreAggregation.trimmedMean(dec("90", "80", "85", "70", "95"))).isEqualByComparingTo("85.00")
                .hasToString("85.00");
        assertThat(ScoreAggregation.trimmedMean(dec("90", "80", "85", "70", "95", "60")))
                .hasToString("81.25");
    }

    @Test
    void belowFiveScoresThePlainMean() {
        assertThat(ScoreAggregation.trimmedMean(dec("90", "80", "85", "70"))).hasToString("81.25");
        assertThat(ScoreAggregation.trimmedMean(dec("88.5"))).hasToString("88.50");
        assertThat(ScoreAggregation.trimmedMean(dec("80", "85", "86"))).hasToString("83.67");
    }

    @Test
    void roundingIsHalfUpToTwoPlaces() {
        assertThat(ScoreAggregation.trimmedMean(dec("80.01", "80.00"))).hasToString("80.01"); // 80.005
        assertThat(ScoreAggregation.trimmedMean(dec("80.00", "80.00", "80.01", "80.00"))).hasToString("80.00");
    }

    @Test
    void noValuesHaveNoMean() {
        assertThatThrownBy(() -> ScoreAggregation.trimmedMean(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spreadIsMaxMinusMinAndThePopulationStandardDeviation() {
        Result result = ScoreAggregation.aggregate(new Input(List.of(entry(1, 1, 1, null)),
                seats(1, 1, 2, 3, 4), List.of(sheet(1, 1, "90"), sheet(1, 2, "80"), sheet(1, 3, "70"),
                sheet(1, 4, "60")), new BigDecimal("25.00"), new BigDecimal("12.00"), TIE_BREAK));
        Row row = result.rows().get(0);
        assertThat(row.min()).hasToString("60.00");
        assertThat(row.max()).hasToString("90.00");
        assertThat(row.range()).hasToString("30.00");
        // population: sqrt(((15)^2 + 5^2 + 5^2 + 15^2) / 4) = sqrt(125) = 11.1803…
        assertThat(row.standardDeviation()).hasToString("11.18");
        assertThat(row.rangeFlagged()).isTrue();
        assertThat(row.sdFlagged()).isFalse();
        assertThat(row.spreadFlagged()).isTrue();
        assertThat(row.score()).hasToString("75.00");
    }

    @Test
    void aThresholdEqualToTheSpreadDoesNotFlagAndNoThresholdFlagsNothing() {
        List<Sheet> sheets = List.of(sheet(1, 1, "90"), sheet(1, 2, "70"));
        Row equal = ScoreAggregation.aggregate(new Input(List.of(entry(1, 1, 1, null)), seats(1, 1, 2), sheets,
                new BigDecimal("20"), new BigDecimal("10"), TIE_BREAK)).rows().get(0);
        assertThat(equal.spreadFlagged()).isFalse();
        Row none = ScoreAggregation.aggregate(new Input(List.of(entry(1, 1, 1, null)), seats(1, 1, 2), sheets,
                null, null, TIE_BREAK)).rows().get(0);
        assertThat(none.spreadFlagged()).isFalse();
    }

    @Test
    void zScoresPerExpertOverTheirSheetsAndNoneForOneSheetOrNoVariance() {
        // expert 1 scores 80 and 90 (mean 85, σ 5): z = -1, +1; expert 2 scores 70 twice (σ 0): none;
        // expert 3 scores once: none.
        List<Sheet> sheets = List.of(sheet(1, 1, "80"), sheet(2, 1, "90"), sheet(1, 2, "70"), sheet(2, 2, "70"),
                sheet(1, 3, "85"));
        Result result = ScoreAggregation.aggregate(new Input(List.of(entry(1, 1, 1, null), entry(2, 1, 2, null)),
                List.of(seat(1, 1), seat(1, 2), seat(1, 3), seat(2, 1), seat(2, 2)), sheets, null, null, TIE_BREAK));
        Row first = row(result, 1);
        Row second = row(result, 2);
        assertThat(first.zScores()).containsExactly(Map.entry(1L, new BigDecimal("-1.00")));
        assertThat(first.normalised()).hasToString("-1.00");
        assertThat(second.zScores()).containsExactly(Map.entry(1L, new BigDecimal("1.00")));
        assertThat(second.normalised()).hasToString("1.00");
        // the raw score is never replaced
        assertThat(first.score()).hasToString("78.33");
        assertThat(second.score()).hasToString("80.00");
    }

    @Test
    void theNormalisedScoreIsTheMeanOfTheApplicationsZScores() {
        // expert 1: 80, 90 → z -1, +1; expert 2: 60, 90 → mean 75, σ 15 → z -1, +1
        List<Sheet> sheets = List.of(sheet(1, 1, "80"), sheet(2, 1, "90"), sheet(1, 2, "90"), sheet(2, 2, "60"));
        Result result = ScoreAggregation.aggregate(new Input(List.of(entry(1, 1, 1, null), entry(2, 1, 2, null)),
                List.of(seat(1, 1), seat(1, 2), seat(2, 1), seat(2, 2)), sheets, null, null, TIE_BREAK));
        assertThat(row(result, 1).zScores()).containsEntry(1L, new BigDecimal("-1.00"))
                .containsEntry(2L, new BigDecimal("1.00"));
        assertThat(row(result, 1).normalised()).hasToString("0.00");
        assertThat(row(result, 1).score()).hasToString("85.00");
        assertThat(row(result, 2).score()).hasToString("75.00");
    }

    @Test
    void missingSheetsAreListedExcludedFromTheMeanAndAnApplicationWithoutSheetsIsRankedLast() {
        List<Sheet> sheets = List.of(sheet(1, 1, "60"), sheet(1, 2, "62"), sheet(2, 1, "95"));
        Result result = ScoreAggregation.aggregate(new Input(
                List.of(entry(3, 1, 3, null), entry(1, 1, 1, null), entry(2, 1, 2, null)),
                List.of(seat(1, 1), seat(1, 2), seat(1, 3), seat(2, 1), seat(2, 2), seat(3, 1), seat(3, 2)),
                sheets, null, null, TIE_BREAK));
        assertThat(result.rows()).extracting(r -> r.entry().applicationId()).containsExactly(2L, 1L, 3L);
        Row one = row(result, 1);
        assertThat(one.score()).hasToString("61.00");
        assertThat(one.submitted()).isEqualTo(2);
        assertThat(one.seats()).isEqualTo(3);
        assertThat(one.missing()).extracting(Seat::expertId).containsExactly(3L);
        Row three = row(result, 3);
        assertThat(three.scored()).isFalse();
        assertThat(three.score()).isNull();
        assertThat(three.rank()).isEqualTo(3);
        assertThat(three.missing()).extracting(Seat::expertId).containsExactly(1L, 2L);
    }

    @Test
    void tiesAreBrokenByTheRubricsRuleInOrder() {
        Instant early = Instant.parse("2026-04-01T02:00:00Z");
        Instant late = Instant.parse("2026-04-02T02:00:00Z");
        // all four score 80.00; 1 and 2 have 实施成效 20, 3 and 4 have 18; 1 and 2 tie on 先进性 too;
        // 2 has the better city rank; 3 and 4 tie on everything but the submission
        List<Entry> entries = List.of(entry(1, 1, 1, 3, early), entry(2, 1, 2, 1, late), entry(3, 1, 3, 2, late),
                entry(4, 1, 4, 2, early));
        List<Sheet> sheets = List.of(
                sheet(1, 1, "80", Map.of("IMPLEMENTATION", "20", "ADVANCEMENT", "15")),
                sheet(2, 1, "80", Map.of("IMPLEMENTATION", "20", "ADVANCEMENT", "15")),
                sheet(3, 1, "80", Map.of("IMPLEMENTATION", "18", "ADVANCEMENT", "17")),
                sheet(4, 1, "80", Map.of("IMPLEMENTATION", "18", "ADVANCEMENT", "17")));
        Result result = ScoreAggregation.aggregate(new Input(entries, List.of(seat(1, 1), seat(2, 1), seat(3, 1),
                seat(4, 1)), sheets, null, null, TIE_BREAK));
        assertThat(result.rows()).extracting(r -> r.entry().applicationId()).containsExactly(2L, 1L, 4L, 3L);
        assertThat(result.rows()).extracting(Row::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void groupRanksCountWithinTheGroupAndGroupsComeInTheirOrder() {
        List<Entry> entries = List.of(entry(1, 10, 1, null, 2), entry(2, 20, 2, null, 1), entry(3, 10, 3, null, 2),
                entry(4, 20, 4, null, 1));
        List<Sheet> sheets = List.of(sheet(1, 1, "70"), sheet(2, 1, "90"), sheet(3, 1, "85"), sheet(4, 1, "60"));
        Result result = ScoreAggregation.aggregate(new Input(entries, List.of(), sheets, null, null, TIE_BREAK));
        assertThat(result.rows()).extracting(r -> r.entry().applicationId()).containsExactly(2L, 3L, 1L, 4L);
        assertThat(row(result, 3).groupRank()).isEqualTo(1);
        assertThat(row(result, 1).groupRank()).isEqualTo(2);
        assertThat(row(result, 2).groupRank()).isEqualTo(1);
        assertThat(row(result, 4).groupRank()).isEqualTo(2);
        assertThat(result.byGroup().keySet()).containsExactly(20L, 10L);
        assertThat(result.byGroup().get(10L)).extracting(r -> r.entry().applicationId()).containsExactly(3L, 1L);
    }

    @Property
    void theTrimmedMeanLiesBetweenTheLowestAndTheHighest(
            @ForAll @Size(min = 1, max = 12) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> scores) {
        BigDecimal mean = ScoreAggregation.trimmedMean(scores);
        assertThat(mean).isBetween(Collections.min(scores), Collections.max(scores));
        assertThat(mean.scale()).isEqualTo(2);
    }

    @Property
    void theAggregationDoesNotDependOnTheOrderOfItsInput(
            @ForAll @Size(min = 1, max = 10) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> scores,
            @ForAll long seed) {
        List<Sheet> sheets = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            long application = 1 + i % 3;
            long expert = 1 + i / 3;
            sheets.add(new Sheet(application, expert, scores.get(i), Map.of()));
            seats.add(new Seat(application, expert, "e" + expert));
        }
        List<Entry> entries = List.of(entry(1, 1, 1, null), entry(2, 1, 2, null), entry(3, 2, 3, null));
        Result ordered = ScoreAggregation.aggregate(new Input(entries, seats, sheets, BigDecimal.TEN, null, TIE_BREAK));
        List<Sheet> shuffledSheets = new ArrayList<>(sheets);
        List<Seat> shuffledSeats = new ArrayList<>(seats);
        List<Entry> shuffledEntries = new ArrayList<>(entries);
        Collections.shuffle(shuffledSheets, new Random(seed));
        Collections.shuffle(shuffledSeats, new Random(seed));
        Collections.shuffle(shuffledEntries, new Random(seed));
        Result shuffled = ScoreAggregation.aggregate(new Input(shuffledEntries, shuffledSeats, shuffledSheets,
                BigDecimal.TEN, null, TIE_BREAK));
        assertThat(shuffled.rows()).extracting(r -> r.entry().applicationId(), Row::score, Row::rank, Row::groupRank,
                        Row::standardDeviation, Row::normalised)
                .containsExactlyElementsOf(ordered.rows().stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                        r.entry().applicationId(), r.score(), r.rank(), r.groupRank(), r.standardDeviation(),
                        r.normalised())).toList());
    }

    static Row row(Result result, long applicationId) {
        return result.rows().stream().filter(r -> r.entry().applicationId() == applicationId).findFirst()
                .orElseThrow();
    }

    static Entry entry(long id, long group, int position, Integer cityRank) {
        return entry(id, group, position, cityRank, null, (int) group);
    }

    static Entry entry(long id, long group, int position, Integer cityRank, int groupPosition) {
        return entry(id, group, position, cityRank, null, groupPosition);
    }

    static Entry entry(long id, long group, int position, Integer cityRank, Instant submittedAt) {
        return entry(id, group, position, cityRank, submittedAt, (int) group);
    }

    static Entry entry(long id, long group, int position, Integer cityRank, Instant submittedAt, int groupPosition) {
        return new Entry(id, "2026-420100-000" + id, "项目" + id, group, "组" + group, groupPosition, cityRank,
                submittedAt);
    }

    static List<Seat> seats(long application, long... experts) {
        List<Seat> seats = new ArrayList<>();
        for (long e : experts) {
            seats.add(seat(application, e));
        }
        return seats;
    }

    static Seat seat(long application, long expert) {
        return new Seat(application, expert, "专家" + expert);
    }

    static Sheet sheet(long application, long expert, String total) {
        return new Sheet(application, expert, new BigDecimal(total), Map.of());
    }

    static Sheet sheet(long application, long expert, String total, Map<String, String> criteria) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        criteria.forEach((k, v) -> values.put(k, new BigDecimal(v)));
        return new Sheet(application, expert, new BigDecimal(total), values);
    }

    static List<BigDecimal> dec(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
