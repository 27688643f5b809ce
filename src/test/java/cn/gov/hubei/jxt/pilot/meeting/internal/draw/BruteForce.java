package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The best total score of a small draw by trying every assignment; −1 when none keeps the rules. */
final class BruteForce {

    private BruteForce() {
    }

    static long best(DrawProblem problem) {
        List<List<DrawProblem.Candidate>> perApp = new ArrayList<>();
        for (DrawProblem.Application app : problem.applications()) {
            perApp.add(problem.candidates().stream().filter(c -> c.applicationId() == app.id()).toList());
        }
        return search(problem, perApp, 0, new HashMap<>());
    }

    private static long search(DrawProblem problem, List<List<DrawProblem.Candidate>> perApp, int app,
                               Map<Long, Integer> load) {
        if (app == perApp.size()) {
            return 0;
        }
        long best = -1;
        List<DrawProblem.Candidate> options = perApp.get(app);
        int n = options.size();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != problem.seatsPerApplication()) {
                continue;
            }
            int covering = 0;
            long score = 0;
            boolean fits = true;
            for (int i = 0; i < n && fits; i++) {
                if ((mask & 1 << i) != 0) {
                    DrawProblem.Candidate c = options.get(i);
                    fits = load.getOrDefault(c.expertId(), 0) < problem.loadCap();
                    covering += c.covers() ? 1 : 0;
                    score += c.score();
                }
            }
            if (!fits || covering < problem.coverage()) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    load.merge(options.get(i).expertId(), 1, Integer::sum);
                }
            }
            long rest = search(problem, perApp, app + 1, load);
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    load.merge(options.get(i).expertId(), -1, Integer::sum);
                }
            }
            if (rest >= 0) {
                best = Math.max(best, score + rest);
            }
        }
        return best;
    }
}
