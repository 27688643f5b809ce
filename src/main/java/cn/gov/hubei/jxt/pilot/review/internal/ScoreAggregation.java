package cn.gov.hubei.jxt.pilot.review.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The aggregation of a meeting's score sheets, a pure function of its input (no database, no clock):
 * <ul>
 *   <li><b>score</b> of an application: the trimmed mean of its submitted totals — with 5 or more, one highest and one
 *   lowest are dropped; below 5 the plain mean; with none there is no score (the application is ranked last and
 *   flagged, never scored 0);</li>
 *   <li><b>spread</b>: max − min and the <b>population</b> standard deviation (divided by n) of all its submitted
 *   totals, each flagged when it exceeds the officer's threshold (a {@code null} threshold flags nothing);</li>
 *   <li><b>z-scores</b> per expert over that expert's submitted totals in the meeting, (x − μ) / σ with the population
 *   σ; an expert with one sheet or with σ = 0 has none; the application's normalised score is the plain mean of the
 *   z-scores it has, shown beside the raw score and never replacing it;</li>
 *   <li><b>ranking</b> overall and per group: score (as shown, 2 places) descending, then the rubric's tie-break keys
 *   in order ({@code criterion:CODE} the criterion's trimmed mean descending, {@code CITY_RANK} the city's rank
 *   ascending, {@code SUBMITTED_AT} the earlier submission), finally the application number.</li>
 * </ul>
 * Every figure shown is rounded to {@value #SCALE} places HALF_UP; intermediate values are computed with
 * {@link MathContext#DECIMAL64} and rounded once at the end.
 */
public final class ScoreAggregation {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** From this many submitted totals on, one highest and one lowest are dropped. */
    public static final int TRIM_FROM = 5;
    public static final String CITY_RANK = "CITY_RANK";
    public static final String SUBMITTED_AT = "SUBMITTED_AT";
    public static final String CRITERION = "criterion:";
    private static final MathContext MC = MathContext.DECIMAL64;

    private ScoreAggregation() {
    }

    /** An application on the meeting's agenda. */
    public record Entry(long applicationId, String number, String projectName, long groupId, String groupName,
                        int groupPosition, Integer cityRank, Instant submittedAt) {
    }

    /** An active seat: the expert is to score the application. */
    public record Seat(long applicationId, long expertId, String expertName) {
    }

    /** A submitted sheet: its total and the score of each criterion. */
    public record Sheet(long applicationId, long expertId, BigDecimal total, Map<String, BigDecimal> criteria) {
        public Sheet {
            Objects.requireNonNull(total, "total");
            criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        }
    }

    /**
     * @param rangeThreshold flag when max − min exceeds it ({@code null}: never)
     * @param sdThreshold    flag when the standard deviation exceeds it ({@code null}: never)
     * @param tieBreak       the rubric's tie-break keys in order
     */
    public record Input(List<Entry> entries, List<Seat> seats, List<Sheet> submitted, BigDecimal rangeThreshold,
                        BigDecimal sdThreshold, List<String> tieBreak) {
        public Input {
            entries = List.copyOf(entries);
            seats = List.copyOf(seats);
            submitted = List.copyOf(submitted);
            tieBreak = List.copyOf(tieBreak);
        }
    }

    /**
     * One application's line.
     *
     * @param score         the trimmed mean, {@code null} when no sheet is submitted
     * @param normalised    the mean of its z-scores, {@code null} when none of its experts has one
     * @param zScores       the z-score of each submitted sheet that has one, by expert id
     * @param missing       the seats whose sheet is not submitted
     */
    public record Row(Entry entry, int seats, int submitted, BigDecimal score, BigDecimal min, BigDecimal max,
                      BigDecimal range, BigDecimal standardDeviation, boolean rangeFlagged, boolean sdFlagged,
                      BigDecimal normalised, Map<Long, BigDecimal> zScores, List<Seat> missing, int rank,
                      int groupRank) {

        public boolean scored() {
            return score != null;
        }

        public boolean spreadFlagged() {
            return rangeFlagged || sdFlagged;
        }
    }

    /** The rows in overall rank order. */
    public record Result(List<Row> rows) {

        /** The rows of each group, by group position, each in group rank order. */
        public Map<Long, List<Row>> byGroup() {
            Map<Long, List<Row>> groups = new LinkedHashMap<>();
            rows.stream()
                    .sorted(Comparator.comparingInt((Row r) -> r.entry().groupPosition())
                            .thenComparingInt(Row::groupRank))
                    .forEach(r -> groups.computeIfAbsent(r.entry().groupId(), g -> new ArrayList<>()).add(r));
            return groups;
        }
    }

    public static Result aggregate(Input input) {
        Map<Long, List<Sheet>> sheetsOf = input.submitted().stream()
                .collect(Collectors.groupingBy(Sheet::applicationId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Seat>> seatsOf = input.seats().stream()
                .collect(Collectors.groupingBy(Seat::applicationId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, ExpertStats> stats = expertStats(input.submitted());

        List<Draft> drafts = new ArrayList<>();
        for (Entry entry : input.entries()) {
            List<Sheet> sheets = sheetsOf.getOrDefault(entry.applicationId(), List.of());
            List<Seat> seats = seatsOf.getOrDefault(entry.applicationId(), List.of());
            List<BigDecimal> totals = sheets.stream().map(Sheet::total).toList();
            BigDecimal score = totals.isEmpty() ? null : trimmedMean(totals);
            BigDecimal min = totals.stream().min(Comparator.naturalOrder()).map(ScoreAggregation::round).orElse(null);
            BigDecimal max = totals.stream().max(Comparator.naturalOrder()).map(ScoreAggregation::round).orElse(null);
            BigDecimal range = totals.isEmpty() ? null : round(max.subtract(min));
            BigDecimal sd = totals.isEmpty() ? null : round(populationSd(totals));
            Map<Long, BigDecimal> z = new LinkedHashMap<>();
            List<BigDecimal> unrounded = new ArrayList<>();
            for (Sheet sheet : sheets) {
                ExpertStats s = stats.get(sheet.expertId());
                if (s.hasZ()) {
                    BigDecimal value = sheet.total().subtract(s.mean(), MC).divide(s.sd(), MC);
                    unrounded.add(value);
                    z.put(sheet.expertId(), round(value));
                }
            }
            BigDecimal normalised = unrounded.isEmpty() ? null : round(mean(unrounded));
            List<Seat> missing = seats.stream()
                    .filter(seat -> sheets.stream().noneMatch(sh -> sh.expertId() == seat.expertId()))
                    .toList();
            Map<String, BigDecimal> criterionMeans = new HashMap<>();
            for (String key : input.tieBreak()) {
                if (key.startsWith(CRITERION)) {
                    String code = key.substring(CRITERION.length());
                    List<BigDecimal> values = sheets.stream().map(sh -> sh.criteria().get(code))
                            .filter(Objects::nonNull).toList();
                    if (!values.isEmpty()) {
                        criterionMeans.put(code, trimmedMean(values));
                    }
                }
            }
            boolean rangeFlag = range != null && input.rangeThreshold() != null
                    && range.compareTo(input.rangeThreshold()) > 0;
            boolean sdFlag = sd != null && input.sdThreshold() != null && sd.compareTo(input.sdThreshold()) > 0;
            drafts.add(new Draft(entry, seats.size(), sheets.size(), score, min, max, range, sd, rangeFlag, sdFlag,
                    normalised, z, missing, criterionMeans));
        }

        Comparator<Draft> order = ranking(input.tieBreak());
        List<Draft> overall = drafts.stream().sorted(order).toList();
        Map<Long, Integer> groupRanks = new HashMap<>();
        Map<Long, List<Draft>> groups = overall.stream()
                .collect(Collectors.groupingBy(d -> d.entry.groupId(), LinkedHashMap::new, Collectors.toList()));
        groups.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                groupRanks.put(list.get(i).entry.applicationId(), i + 1);
            }
        });
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < overall.size(); i++) {
            Draft d = overall.get(i);
            rows.add(new Row(d.entry, d.seats, d.submitted, d.score, d.min, d.max, d.range, d.sd, d.rangeFlag,
                    d.sdFlag, d.normalised, d.z, d.missing, i + 1, groupRanks.get(d.entry.applicationId())));
        }
        return new Result(List.copyOf(rows));
    }

    private record Draft(Entry entry, int seats, int submitted, BigDecimal score, BigDecimal min, BigDecimal max,
                         BigDecimal range, BigDecimal sd, boolean rangeFlag, boolean sdFlag, BigDecimal normalised,
                         Map<Long, BigDecimal> z, List<Seat> missing, Map<String, BigDecimal> criterionMeans) {
    }

    private static Comparator<Draft> ranking(List<String> tieBreak) {
        Comparator<Draft> order = Comparator.comparing((Draft d) -> d.score == null)
                .thenComparing(d -> d.score, Comparator.nullsLast(Comparator.reverseOrder()));
        for (String key : tieBreak) {
            if (key.startsWith(CRITERION)) {
                String code = key.substring(CRITERION.length());
                order = order.thenComparing(d -> d.criterionMeans.get(code),
                        Comparator.nullsLast(Comparator.reverseOrder()));
            } else if (CITY_RANK.equals(key)) {
                order = order.thenComparing(d -> d.entry.cityRank(), Comparator.nullsLast(Comparator.naturalOrder()));
            } else if (SUBMITTED_AT.equals(key)) {
                order = order.thenComparing(d -> d.entry.submittedAt(),
                        Comparator.nullsLast(Comparator.naturalOrder()));
            } else {
                throw new IllegalArgumentException("unknown tie-break key: " + key);
            }
        }
        return order.thenComparing(d -> d.entry.number() == null ? "" : d.entry.number())
                .thenComparingLong(d -> d.entry.applicationId());
    }

    /**
     * The trimmed mean: with {@value #TRIM_FROM} or more values one highest and one lowest are dropped, below that the
     * plain mean; rounded to 2 places HALF_UP.
     *
     * @throws IllegalArgumentException when there are no values
     */
    public static BigDecimal trimmedMean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to average");
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        List<BigDecimal> kept = sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted;
        return round(mean(kept));
    }

    /** The population standard deviation (divided by n), unrounded. */
    public static BigDecimal populationSd(List<BigDecimal> values) {
        BigDecimal mean = mean(values);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            BigDecimal d = v.subtract(mean, MC);
            squares = squares.add(d.multiply(d, MC), MC);
        }
        BigDecimal variance = squares.divide(BigDecimal.valueOf(values.size()), MC);
        return variance.signum() == 0 ? BigDecimal.ZERO : variance.sqrt(MC);
    }

    /** Each expert's mean and standard deviation over their submitted totals in the meeting. */
    public static Map<Long, ExpertStats> expertStats(List<Sheet> submitted) {
        Map<Long, List<BigDecimal>> byExpert = submitted.stream().collect(Collectors.groupingBy(Sheet::expertId,
                LinkedHashMap::new, Collectors.mapping(Sheet::total, Collectors.toList())));
        Map<Long, ExpertStats> stats = new LinkedHashMap<>();
        byExpert.forEach((expert, totals) -> stats.put(expert,
                new ExpertStats(totals.size(), mean(totals), populationSd(totals))));
        return stats;
    }

    /** One expert's totals in a meeting: a z-score exists only with two or more sheets and a σ above 0. */
    public record ExpertStats(int sheets, BigDecimal mean, BigDecimal sd) {
        public boolean hasZ() {
            return sheets >= 2 && sd.signum() > 0;
        }
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v, MC);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MC);
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }
}
