package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random draw problems for tests and the benchmark: experts and applications with modes, conflicts left out. */
final class DrawProblems {

    private DrawProblems() {
    }

    /**
     * @param conflictRate the share of pairs that are conflicted (not candidates)
     * @param groups       groups, each of one mode (of five)
     */
    static DrawProblem random(long seed, int applications, int experts, int seats, int coverage, int cap,
                              int reserves, int groups, double conflictRate) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DrawProblem.Application> apps = new ArrayList<>();
        int[] appMode = new int[applications];
        int[] appIndustry = new int[applications];
        for (int a = 0; a < applications; a++) {
            int group = a % groups;
            appMode[a] = group % 5;
            appIndustry[a] = random.nextInt(10);
            apps.add(new DrawProblem.Application(1000 + a, 1 + group));
        }
        List<Long> expertIds = new ArrayList<>();
        int[] modes = new int[experts];
        int[] industries = new int[experts];
        for (int e = 0; e < experts; e++) {
            expertIds.add(5000L + e);
            modes[e] = (1 << random.nextInt(5)) | (random.nextInt(3) == 0 ? 1 << random.nextInt(5) : 0);
            industries[e] = (1 << random.nextInt(10)) | (random.nextInt(2) == 0 ? 1 << random.nextInt(10) : 0);
        }
        List<DrawProblem.Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < applications; a++) {
            for (int e = 0; e < experts; e++) {
                if (random.nextDouble() < conflictRate) {
                    continue;
                }
                boolean covers = (modes[e] & (1 << appMode[a])) != 0;
                int score = (covers ? 3 : 0) + ((industries[e] & (1 << appIndustry[a])) != 0 ? 2 : 0);
                candidates.add(new DrawProblem.Candidate(1000 + a, 5000L + e, score, covers));
            }
        }
        return new DrawProblem(seats, coverage, cap, reserves, apps, expertIds, candidates);
    }
}
