package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The draw as a minimum-cost flow, solved by OR-Tools' {@code MinCostFlow} (network simplex / cost scaling, exact on
 * integers):
 * <pre>
 *   source ──(load cap)──▶ expert ──(1, −cost)──▶ application         ──(seats)──▶ sink
 *                                 └─(1, −cost)──▶ application's rest ──(seats − coverage)──┘
 * </pre>
 * An expert who covers the application's group goes straight to the application, one who does not goes through its
 * "rest" node, which lets at most {@code seats − coverage} of them in: every full flow seats each application with
 * {@code seats} distinct candidates, at least {@code coverage} of them covering, and no expert above the cap. The cost
 * of a pair is {@code score × SCALE + noise}, negated, where the noise in {@code [0, 1000)} comes from the seed and the
 * pair alone and {@code SCALE} exceeds the total noise of any assignment: so the cheapest flow has the maximum total
 * score, and among the assignments with that score the seed's noise picks one — a different seed, a different optimum
 * wherever there is more than one. The network is built from the problem sorted by ids, so the order in which the
 * caller lists things changes nothing.
 *
 * <p>Reserves: a second flow gives each group up to {@code reservesPerGroup} experts not seated in that group, with a
 * free place under the cap and at least one candidate pair in the group, each reserve in one group only, maximising the
 * sum of their scores over the group's applications (same noise rule); they are ranked by that sum, then the noise.
 */
@Component
public class MinCostFlowDrawSolver implements DrawSolver {

    /** Recorded with every draw: a re-run needs the same model. */
    public static final String MODEL = "draw-v1 min-cost-flow ortools-9.14";
    static final int NOISE = 1000;

    private static volatile boolean loaded;

    private static void load() {
        if (!loaded) {
            synchronized (MinCostFlowDrawSolver.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    @Override
    public DrawResult solve(DrawProblem problem, long seed) {
        Indexed p = new Indexed(problem.validated());
        p.checkFeasible();
        load();
        int[] seatOf = seats(p, seed);
        List<DrawResult.Seat> seats = new ArrayList<>();
        long total = 0;
        Map<Long, Integer> orderInProblem = new HashMap<>();
        for (int i = 0; i < problem.applications().size(); i++) {
            orderInProblem.put(problem.applications().get(i).id(), i);
        }
        int[] load = new int[p.experts.length];
        List<int[]> chosen = new ArrayList<>();
        for (int c = 0; c < p.candidates.length; c++) {
            if (seatOf[c] == 1) {
                chosen.add(new int[] {p.candApp[c], p.candExpert[c], c});
                load[p.candExpert[c]]++;
            }
        }
        chosen.sort(Comparator.<int[]>comparingInt(x -> orderInProblem.get(p.apps[x[0]]))
                .thenComparingLong(x -> p.experts[x[1]]));
        for (int[] x : chosen) {
            DrawProblem.Candidate candidate = p.candidates[x[2]];
            seats.add(new DrawResult.Seat(candidate.applicationId(), candidate.expertId(), candidate.score(),
                    candidate.covers()));
            total += candidate.score();
        }
        List<DrawResult.Reserve> reserves = reserves(p, seatOf, load, seed);
        return new DrawResult(seed, p.digest(), seats, reserves, total);
    }

    /** @return per candidate (in sorted order) 1 when seated */
    private static int[] seats(Indexed p, long seed) {
        int apps = p.apps.length;
        int experts = p.experts.length;
        int seatsEach = p.problem.seatsPerApplication();
        int coverage = p.problem.coverage();
        long totalSeats = (long) apps * seatsEach;
        long scale = totalSeats * NOISE + 1;
        int source = 0;
        int sink = 1;
        int firstExpert = 2;
        int firstApp = firstExpert + experts;
        MinCostFlow flow = new MinCostFlow(firstApp + 2 * apps, p.candidates.length + experts + 2 * apps);
        try {
            int[] degree = new int[experts];
            for (int c = 0; c < p.candidates.length; c++) {
                degree[p.candExpert[c]]++;
            }
            for (int e = 0; e < experts; e++) {
                flow.addArcWithCapacityAndUnitCost(source, firstExpert + e,
                        Math.min(p.problem.loadCap(), degree[e]), 0);
            }
            int[] arcOf = new int[p.candidates.length];
            for (int c = 0; c < p.candidates.length; c++) {
                DrawProblem.Candidate candidate = p.candidates[c];
                int app = p.candApp[c];
                int head = firstApp + 2 * app + (candidate.covers() ? 0 : 1);
                long cost = candidate.score() * scale + noise(seed, candidate.applicationId(), candidate.expertId());
                arcOf[c] = flow.addArcWithCapacityAndUnitCost(firstExpert + p.candExpert[c], head, 1, -cost);
            }
            for (int a = 0; a < apps; a++) {
                if (seatsEach > coverage) {
                    flow.addArcWithCapacityAndUnitCost(firstApp + 2 * a + 1, firstApp + 2 * a, seatsEach - coverage,
                            0);
                }
                flow.addArcWithCapacityAndUnitCost(firstApp + 2 * a, sink, seatsEach, 0);
            }
            flow.setNodeSupply(source, totalSeats);
            flow.setNodeSupply(sink, -totalSeats);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                long reachable = maximumFlow(p, seed);
                throw new DrawInfeasibleException("meeting.draw.infeasible.capacity", totalSeats, reachable);
            }
            int[] seated = new int[p.candidates.length];
            for (int c = 0; c < p.candidates.length; c++) {
                seated[c] = (int) flow.getFlow(arcOf[c]);
            }
            return seated;
        } finally {
            flow.delete();
        }
    }

    /** How many seats the pool can fill at most (for the message when the draw is infeasible). */
    private static long maximumFlow(Indexed p, long seed) {
        int apps = p.apps.length;
        int experts = p.experts.length;
        int seatsEach = p.problem.seatsPerApplication();
        int coverage = p.problem.coverage();
        int firstApp = 2 + experts;
        MinCostFlow flow = new MinCostFlow();
        try {
            int[] degree = new int[experts];
            for (int c = 0; c < p.candidates.length; c++) {
                degree[p.candExpert[c]]++;
            }
            for (int e = 0; e < experts; e++) {
                flow.addArcWithCapacityAndUnitCost(0, 2 + e, Math.min(p.problem.loadCap(), degree[e]), 0);
            }
            for (int c = 0; c < p.candidates.length; c++) {
                int head = firstApp + 2 * p.candApp[c] + (p.candidates[c].covers() ? 0 : 1);
                flow.addArcWithCapacityAndUnitCost(2 + p.candExpert[c], head, 1, 0);
            }
            for (int a = 0; a < apps; a++) {
                if (seatsEach > coverage) {
                    flow.addArcWithCapacityAndUnitCost(firstApp + 2 * a + 1, firstApp + 2 * a, seatsEach - coverage,
                            0);
                }
                flow.addArcWithCapacityAndUnitCost(firstApp + 2 * a, 1, seatsEach, 0);
            }
            long total = (long) apps * seatsEach;
            flow.setNodeSupply(0, total);
            flow.setNodeSupply(1, -total);
            flow.solveMaxFlowWithMinCost();
            return flow.getMaximumFlow();
        } finally {
            flow.delete();
        }
    }

    private static List<DrawResult.Reserve> reserves(Indexed p, int[] seated, int[] load, long seed) {
        int perGroup = p.problem.reservesPerGroup();
        if (perGroup == 0 || p.groups.length == 0) {
            return List.of();
        }
        int groups = p.groups.length;
        int experts = p.experts.length;
        // value of each (expert, group): the sum of the expert's scores over the group's candidate pairs; an expert
        // seated anywhere in the group is not eligible there.
        long[] value = new long[experts * groups];
        boolean[] candidateInGroup = new boolean[experts * groups];
        boolean[] seatedInGroup = new boolean[experts * groups];
        for (int c = 0; c < p.candidates.length; c++) {
            int key = p.candExpert[c] * groups + p.groupOfApp[p.candApp[c]];
            seatedInGroup[key] |= seated[c] == 1;
            candidateInGroup[key] = true;
            value[key] += p.candidates[c].score();
        }
        long reserveSlots = (long) groups * perGroup;
        long scale = reserveSlots * NOISE + 1;
        int firstExpert = 2;
        int firstGroup = firstExpert + experts;
        MinCostFlow flow = new MinCostFlow();
        try {
            for (int e = 0; e < experts; e++) {
                if (load[e] < p.problem.loadCap()) {
                    flow.addArcWithCapacityAndUnitCost(0, firstExpert + e, 1, 0);
                }
            }
            List<long[]> arcs = new ArrayList<>();
            for (int key = 0; key < value.length; key++) {
                int e = key / groups;
                int g = key % groups;
                if (!candidateInGroup[key] || seatedInGroup[key] || load[e] >= p.problem.loadCap()) {
                    continue;
                }
                long noise = noise(seed ^ 0x5EED_5EED_5EEDL, p.groups[g], p.experts[e]);
                int arc = flow.addArcWithCapacityAndUnitCost(firstExpert + e, firstGroup + g, 1,
                        -(value[key] * scale + noise));
                arcs.add(new long[] {arc, e, g, value[key], noise});
            }
            for (int g = 0; g < groups; g++) {
                flow.addArcWithCapacityAndUnitCost(firstGroup + g, 1, perGroup, 0);
            }
            flow.setNodeSupply(0, reserveSlots);
            flow.setNodeSupply(1, -reserveSlots);
            flow.solveMaxFlowWithMinCost();
            List<long[]> chosen = new ArrayList<>();
            for (long[] arc : arcs) {
                if (flow.getFlow((int) arc[0]) == 1) {
                    chosen.add(arc);
                }
            }
            chosen.sort(Comparator.<long[]>comparingInt(a -> (int) a[2])
                    .thenComparing(Comparator.<long[]>comparingLong(a -> a[3]).reversed())
                    .thenComparing(Comparator.<long[]>comparingLong(a -> a[4]).reversed())
                    .thenComparingLong(a -> p.experts[(int) a[1]]));
            List<DrawResult.Reserve> reserves = new ArrayList<>();
            int rank = 0;
            int group = -1;
            for (long[] arc : chosen) {
                if ((int) arc[2] != group) {
                    group = (int) arc[2];
                    rank = 0;
                }
                reserves.add(new DrawResult.Reserve(p.groups[group], ++rank, p.experts[(int) arc[1]]));
            }
            return reserves;
        } finally {
            flow.delete();
        }
    }

    /** The noise of a pair under a seed: SplitMix64 of the three, in [0, NOISE). */
    static long noise(long seed, long a, long b) {
        long z = seed + 0x9E3779B97F4A7C15L * (a + 1) + 0xC2B2AE3D27D4EB4FL * (b + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return Math.floorMod(z, NOISE);
    }

    @Override
    public String digest(DrawProblem problem) {
        return new Indexed(problem.validated()).digest();
    }

    static final Comparator<DrawProblem.Candidate> BY_PAIR = Comparator
            .comparingLong(DrawProblem.Candidate::applicationId).thenComparingLong(DrawProblem.Candidate::expertId);

    /** The problem sorted by ids, with every pair's indexes. */
    private static final class Indexed {
        final DrawProblem problem;
        final long[] apps;
        final long[] experts;
        final long[] groups;
        final int[] groupOfApp;
        final DrawProblem.Candidate[] candidates;
        final int[] candApp;
        final int[] candExpert;

        Indexed(DrawProblem problem) {
            this.problem = problem;
            List<DrawProblem.Application> sortedApps = problem.applications().stream()
                    .sorted(Comparator.comparingLong(DrawProblem.Application::id)).toList();
            apps = sortedApps.stream().mapToLong(DrawProblem.Application::id).toArray();
            experts = problem.experts().stream().mapToLong(Long::longValue).sorted().toArray();
            groups = sortedApps.stream().mapToLong(DrawProblem.Application::groupId).distinct().sorted().toArray();
            groupOfApp = new int[apps.length];
            for (int a = 0; a < apps.length; a++) {
                groupOfApp[a] = Arrays.binarySearch(groups, sortedApps.get(a).groupId());
            }
            candidates = problem.candidates().toArray(new DrawProblem.Candidate[0]);
            boolean sorted = true;
            for (int c = 1; c < candidates.length && sorted; c++) {
                sorted = BY_PAIR.compare(candidates[c - 1], candidates[c]) < 0;
            }
            if (!sorted) {
                Arrays.sort(candidates, BY_PAIR);
            }
            candApp = new int[candidates.length];
            candExpert = new int[candidates.length];
            for (int c = 0; c < candidates.length; c++) {
                if (c > 0 && BY_PAIR.compare(candidates[c - 1], candidates[c]) == 0) {
                    throw new IllegalArgumentException("a candidate pair is listed twice: " + candidates[c]);
                }
                candApp[c] = Arrays.binarySearch(apps, candidates[c].applicationId());
                candExpert[c] = Arrays.binarySearch(experts, candidates[c].expertId());
                if (candApp[c] < 0 || candExpert[c] < 0) {
                    throw new IllegalArgumentException("a candidate refers to an unknown application or expert: "
                            + candidates[c]);
                }
            }
        }

        /** SHA-256 of the model's name, the parameters and the sorted applications, experts and candidates. */
        String digest() {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            sha.update(MODEL.getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            buffer.putInt(problem.seatsPerApplication()).putInt(problem.coverage()).putInt(problem.loadCap())
                    .putInt(problem.reservesPerGroup());
            buffer.putInt(apps.length);
            for (int a = 0; a < apps.length; a++) {
                buffer = room(sha, buffer, 16).putLong(apps[a]).putLong(groups[groupOfApp[a]]);
            }
            buffer = room(sha, buffer, 4).putInt(experts.length);
            for (long expert : experts) {
                buffer = room(sha, buffer, 8).putLong(expert);
            }
            buffer = room(sha, buffer, 4).putInt(candidates.length);
            for (DrawProblem.Candidate c : candidates) {
                buffer = room(sha, buffer, 21).putLong(c.applicationId()).putLong(c.expertId()).putInt(c.score())
                        .put((byte) (c.covers() ? 1 : 0));
            }
            sha.update(buffer.array(), 0, buffer.position());
            return HexFormat.of().formatHex(sha.digest());
        }

        private static ByteBuffer room(MessageDigest sha, ByteBuffer buffer, int bytes) {
            if (buffer.remaining() < bytes) {
                sha.update(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return buffer;
        }

        void checkFeasible() {
            int seatsEach = problem.seatsPerApplication();
            int[] count = new int[apps.length];
            int[] covering = new int[apps.length];
            int[] degree = new int[experts.length];
            for (int c = 0; c < candidates.length; c++) {
                count[candApp[c]]++;
                if (candidates[c].covers()) {
                    covering[candApp[c]]++;
                }
                degree[candExpert[c]]++;
            }
            for (int a = 0; a < apps.length; a++) {
                if (count[a] < seatsEach) {
                    throw new DrawInfeasibleException("meeting.draw.infeasible.candidates", apps[a], seatsEach,
                            count[a]);
                }
                if (covering[a] < problem.coverage()) {
                    throw new DrawInfeasibleException("meeting.draw.infeasible.coverage", apps[a],
                            problem.coverage(), covering[a]);
                }
            }
            long capacity = 0;
            for (int d : degree) {
                capacity += Math.min(d, problem.loadCap());
            }
            long needed = (long) apps.length * seatsEach;
            if (capacity < needed) {
                throw new DrawInfeasibleException("meeting.draw.infeasible.capacity", needed, capacity);
            }
        }
    }
}
