package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrawSolverTest {

    private final MinCostFlowDrawSolver solver = new MinCostFlowDrawSolver();

    @Test
    void aSmallDrawSeatsTheBestExpertsWithinEveryRule() {
        // two applications of one group, three seats each, two must cover; five experts, at most two seats each
        List<DrawProblem.Candidate> candidates = List.of(
                c(1, 11, 5, true), c(1, 12, 4, true), c(1, 13, 3, false), c(1, 14, 1, false), c(1, 15, 0, true),
                c(2, 11, 5, true), c(2, 12, 4, true), c(2, 13, 3, false), c(2, 14, 1, false), c(2, 15, 0, true));
        DrawProblem problem = new DrawProblem(3, 2, 2, 1, List.of(app(1, 7), app(2, 7)),
                List.of(11L, 12L, 13L, 14L, 15L), candidates);

        DrawResult result = solver.solve(problem, 42);

        // the best: 11, 12, 13 on both (5 + 4 + 3) × 2 = 24; caps of 2 allow it
        assertThat(result.totalScore()).isEqualTo(24);
        assertThat(result.seats()).extracting(DrawResult.Seat::applicationId, DrawResult.Seat::expertId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, 11L), org.assertj.core.groups.Tuple.tuple(1L, 12L),
                        org.assertj.core.groups.Tuple.tuple(1L, 13L), org.assertj.core.groups.Tuple.tuple(2L, 11L),
                        org.assertj.core.groups.Tuple.tuple(2L, 12L), org.assertj.core.groups.Tuple.tuple(2L, 13L));
        // reserves: not seated in the group and with a free place: 14 (1 + 1) before 15 (0 + 0); one asked for
        assertThat(result.reserves()).containsExactly(new DrawResult.Reserve(7, 1, 14));
        assertThat(result.seed()).isEqualTo(42);
        assertThat(result.inputDigest()).hasSize(64).isEqualTo(solver.digest(problem));
    }

    @Test
    void coverageOutweighsAHigherScoreOfAnExpertWhoDoesNotCover() {
        // two seats, both must cover: 13 scores best but does not cover
        DrawProblem problem = new DrawProblem(2, 2, 1, 0, List.of(app(1, 1)), List.of(11L, 12L, 13L),
                List.of(c(1, 11, 1, true), c(1, 12, 0, true), c(1, 13, 9, false)));
        DrawResult result = solver.solve(problem, 1);
        assertThat(result.seats()).extracting(DrawResult.Seat::expertId).containsExactly(11L, 12L);
        assertThat(result.totalScore()).isEqualTo(1);
    }

    @Test
    void theCapMovesAnExpertToWhereTheyAreNeeded() {
        // cap 1: expert 11 is best for both, but may sit once; the optimum puts 11 where the alternative is worse
        DrawProblem problem = new DrawProblem(1, 0, 1, 0, List.of(app(1, 1), app(2, 1)), List.of(11L, 12L),
                List.of(c(1, 11, 5, true), c(1, 12, 4, true), c(2, 11, 5, true), c(2, 12, 1, true)));
        DrawResult result = solver.solve(problem, 3);
        assertThat(result.seats()).extracting(DrawResult.Seat::applicationId, DrawResult.Seat::expertId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 12L),
                        org.assertj.core.groups.Tuple.tuple(2L, 11L));
        assertThat(result.totalScore()).isEqualTo(9);
    }

    @Test
    void theSameSeedGivesTheSameDrawAndTheOrderOfTheInputsChangesNothing() {
        DrawProblem problem = DrawProblems.random(7, 40, 60, 5, 2, 5, 3, 4, 0.05);
        DrawResult first = solver.solve(problem, 20261205L);

        List<DrawProblem.Candidate> shuffled = new ArrayList<>(problem.candidates());
        Collections.shuffle(shuffled, new java.util.Random(1));
        List<DrawProblem.Application> apps = new ArrayList<>(problem.applications());
        List<Long> experts = new ArrayList<>(problem.experts());
        Collections.reverse(experts);
        DrawProblem reordered = new DrawProblem(5, 2, 5, 3, apps, experts, shuffled);
        DrawResult again = solver.solve(reordered, 20261205L);

        assertThat(again).isEqualTo(first);
        assertThat(solver.digest(reordered)).isEqualTo(solver.digest(problem));
    }

    @Test
    void anotherSeedGivesAnotherOptimalDrawWhereThereAreSeveral() {
        // ten equally good experts for one application of three seats: every choice is optimal
        List<DrawProblem.Candidate> candidates = new ArrayList<>();
        List<Long> experts = new ArrayList<>();
        for (long e = 1; e <= 10; e++) {
            experts.add(e);
            candidates.add(c(1, e, 2, true));
        }
        DrawProblem problem = new DrawProblem(3, 1, 1, 0, List.of(app(1, 1)), experts, candidates);
        Set<List<Long>> draws = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            DrawResult result = solver.solve(problem, seed);
            assertThat(result.totalScore()).isEqualTo(6);
            draws.add(result.seats().stream().map(DrawResult.Seat::expertId).toList());
        }
        assertThat(draws).hasSizeGreaterThan(5);
    }

    @Test
    void theDigestChangesWithAnyInput() {
        DrawProblem problem = DrawProblems.random(3, 5, 8, 2, 1, 3, 1, 2, 0.1);
        DrawProblem otherCap = new DrawProblem(2, 1, 4, 1, problem.applications(), problem.experts(),
                problem.candidates());
        List<DrawProblem.Candidate> fewer = new ArrayList<>(problem.candidates());
        fewer.remove(0);
        DrawProblem otherCandidates = new DrawProblem(2, 1, 3, 1, problem.applications(), problem.experts(), fewer);
        assertThat(java.util.stream.Stream.of(problem, otherCap, otherCandidates).map(solver::digest).distinct())
                .hasSize(3);
    }

    @Test
    void anInfeasibleDrawSaysWhichRuleAndWhere() {
        DrawProblem tooFew = new DrawProblem(3, 1, 2, 0, List.of(app(1, 1), app(2, 1)), List.of(11L, 12L, 13L),
                List.of(c(1, 11, 1, true), c(1, 12, 1, true), c(1, 13, 1, true), c(2, 11, 1, true),
                        c(2, 12, 1, true)));
        assertThatThrownBy(() -> solver.solve(tooFew, 1)).isInstanceOfSatisfying(DrawInfeasibleException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.draw.infeasible.candidates");
                    assertThat(e.arguments()).containsExactly(2L, 3, 2);
                });
        DrawProblem noCover = new DrawProblem(2, 2, 2, 0, List.of(app(1, 1)), List.of(11L, 12L),
                List.of(c(1, 11, 1, true), c(1, 12, 1, false)));
        assertThatThrownBy(() -> solver.solve(noCover, 1)).isInstanceOfSatisfying(DrawInfeasibleException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.draw.infeasible.coverage");
                    assertThat(e.arguments()).containsExactly(1L, 2, 1);
                });
        // three applications of one seat, two experts with a cap of one: 3 seats needed, 2 possible
        DrawProblem noCapacity = new DrawProblem(1, 0, 1, 0, List.of(app(1, 1), app(2, 1), app(3, 1)),
                List.of(11L, 12L), List.of(c(1, 11, 1, true), c(2, 11, 1, true), c(3, 12, 1, true),
                c(1, 12, 1, true)));
        assertThatThrownBy(() -> solver.solve(noCapacity, 1)).isInstanceOfSatisfying(DrawInfeasibleException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.draw.infeasible.capacity");
                    assertThat(e.arguments()).containsExactly(3L, 2L);
                });
        // enough capacity in sum, but two applications compete for one expert who is their only candidate pool
        DrawProblem hall = new DrawProblem(1, 0, 1, 0, List.of(app(1, 1), app(2, 1), app(3, 1)),
                List.of(11L, 12L, 13L), List.of(c(1, 11, 1, true), c(2, 11, 1, true), c(3, 12, 1, true),
                c(3, 13, 1, true)));
        assertThatThrownBy(() -> solver.solve(hall, 1)).isInstanceOfSatisfying(DrawInfeasibleException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("meeting.draw.infeasible.capacity");
                    assertThat(e.arguments()).containsExactly(3L, 2L);
                });
    }

    @Test
    void aCandidateOfAnUnlistedExpertOrATwiceListedPairIsAProgrammingError() {
        DrawProblem unknown = new DrawProblem(1, 0, 1, 0, List.of(app(1, 1)), List.of(11L),
                List.of(c(1, 11, 1, true), c(1, 12, 1, true)));
        assertThatThrownBy(() -> solver.solve(unknown, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown application or expert");
        DrawProblem twice = new DrawProblem(1, 0, 1, 0, List.of(app(1, 1)), List.of(11L),
                List.of(c(1, 11, 1, true), c(1, 11, 2, true)));
        assertThatThrownBy(() -> solver.solve(twice, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listed twice");
    }

    @Test
    void everyDrawKeepsEveryRuleAndIsOptimalAgainstBruteForce() {
        SplittableRandom random = new SplittableRandom(99);
        int checked = 0;
        for (int round = 0; round < 500; round++) {
            int apps = 1 + random.nextInt(3);
            int experts = 3 + random.nextInt(4);
            int seats = 1 + random.nextInt(Math.min(3, experts));
            int coverage = random.nextInt(seats + 1);
            int cap = 1 + random.nextInt(apps);
            DrawProblem problem = DrawProblems.random(random.nextLong(), apps, experts, seats, coverage, cap, 1,
                    1 + random.nextInt(2), 0.2);
            long best = BruteForce.best(problem);
            if (best < 0) {
                assertThatThrownBy(() -> solver.solve(problem, 5)).isInstanceOf(DrawInfeasibleException.class);
                continue;
            }
            DrawResult result = solver.solve(problem, random.nextLong());
            assertKeepsTheRules(problem, result);
            assertThat(result.totalScore()).as("round %d", round).isEqualTo(best);
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void largerDrawsAreOptimalAgainstAnIndependentMinCostFlow() {
        for (long seed = 1; seed <= 5; seed++) {
            DrawProblem problem = DrawProblems.random(seed, 30, 45, 5, 2, 4, 2, 3, 0.1);
            DrawResult result = solver.solve(problem, seed * 31);
            assertKeepsTheRules(problem, result);
            assertThat(result.totalScore()).isEqualTo(independentOptimum(problem));
        }
    }

    /** Seats, coverage, caps, candidates only, distinct experts per application; reserves likewise. */
    static void assertKeepsTheRules(DrawProblem problem, DrawResult result) {
        Map<String, DrawProblem.Candidate> candidates = problem.candidates().stream()
                .collect(Collectors.toMap(c -> c.applicationId() + "/" + c.expertId(), c -> c));
        Map<Long, Long> groupOf = problem.applications().stream()
                .collect(Collectors.toMap(DrawProblem.Application::id, DrawProblem.Application::groupId));
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Set<Long>> byApp = new HashMap<>();
        Map<Long, Integer> covering = new HashMap<>();
        long total = 0;
        for (DrawResult.Seat seat : result.seats()) {
            DrawProblem.Candidate candidate = candidates.get(seat.applicationId() + "/" + seat.expertId());
            assertThat(candidate).as("seat %s is a candidate pair", seat).isNotNull();
            assertThat(seat.score()).isEqualTo(candidate.score());
            assertThat(byApp.computeIfAbsent(seat.applicationId(), k -> new HashSet<>()).add(seat.expertId()))
                    .isTrue();
            load.merge(seat.expertId(), 1, Integer::sum);
            if (candidate.covers()) {
                covering.merge(seat.applicationId(), 1, Integer::sum);
            }
            total += seat.score();
        }
        assertThat(result.totalScore()).isEqualTo(total);
        for (DrawProblem.Application app : problem.applications()) {
            assertThat(byApp.get(app.id())).hasSize(problem.seatsPerApplication());
            assertThat(covering.getOrDefault(app.id(), 0)).isGreaterThanOrEqualTo(problem.coverage());
        }
        assertThat(load.values()).allMatch(l -> l <= problem.loadCap());
        Set<Long> reserved = new HashSet<>();
        for (DrawResult.Reserve reserve : result.reserves()) {
            assertThat(reserved.add(reserve.expertId())).as("a reserve in one group only").isTrue();
            assertThat(load.getOrDefault(reserve.expertId(), 0)).isLessThan(problem.loadCap());
            boolean seatedInGroup = result.seats().stream().anyMatch(s -> s.expertId() == reserve.expertId()
                    && groupOf.get(s.applicationId()) == reserve.groupId());
            assertThat(seatedInGroup).isFalse();
        }
        Map<Long, Long> perGroup = result.reserves().stream()
                .collect(Collectors.groupingBy(DrawResult.Reserve::groupId, Collectors.counting()));
        assertThat(perGroup.values()).allMatch(n -> n <= problem.reservesPerGroup());
    }

    /** The maximum total score by jgrapht's capacity scaling min-cost flow on the same network, without noise. */
    static long independentOptimum(DrawProblem problem) {
        var graph = new DefaultDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<String, Integer> supply = new HashMap<>();
        graph.addVertex("s");
        graph.addVertex("t");
        int needed = problem.applications().size() * problem.seatsPerApplication();
        supply.put("s", needed);
        supply.put("t", -needed);
        for (Long e : problem.experts()) {
            graph.addVertex("e" + e);
            capacity.put(arc(graph, "s", "e" + e, 0), problem.loadCap());
        }
        for (DrawProblem.Application a : problem.applications()) {
            graph.addVertex("a" + a.id());
            graph.addVertex("r" + a.id());
            capacity.put(arc(graph, "r" + a.id(), "a" + a.id(), 0),
                    problem.seatsPerApplication() - problem.coverage());
            capacity.put(arc(graph, "a" + a.id(), "t", 0), problem.seatsPerApplication());
        }
        for (DrawProblem.Candidate c : problem.candidates()) {
            capacity.put(arc(graph, "e" + c.expertId(), (c.covers() ? "a" : "r") + c.applicationId(),
                    -c.score()), 1);
        }
        var flowProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                v -> supply.getOrDefault(v, 0), capacity::get);
        double cost = new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>()
                .getMinimumCostFlow(flowProblem).getCost();
        return Math.round(-cost);
    }

    private static DefaultWeightedEdge arc(DefaultDirectedWeightedGraph<String, DefaultWeightedEdge> graph,
                                           String from, String to, double cost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        return edge;
    }

    static DrawProblem.Application app(long id, long group) {
        return new DrawProblem.Application(id, group);
    }

    static DrawProblem.Candidate c(long app, long expert, int score, boolean covers) {
        return new DrawProblem.Candidate(app, expert, score, covers);
    }
}
