package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

import java.util.List;
import java.util.Objects;

/**
 * What a draw solves, as plain numbers: every application needs {@code seatsPerApplication} experts, at least
 * {@code coverage} of whom cover its group's mode (or industry); an expert sits on at most {@code loadCap}
 * applications; only the listed candidate pairs may be assigned (a pair with a conflict of interest, or an inactive
 * expert, is simply not a candidate). Each group also gets {@code reservesPerGroup} reserves, drawn with the same
 * rules from the experts not seated in that group.
 *
 * @param applications the applications in a stable order (the caller's order: group, then number)
 * @param experts      the experts that may be drawn, ordered by id
 * @param candidates   the pairs that may be assigned, with their expertise match
 */
public record DrawProblem(int seatsPerApplication, int coverage, int loadCap, int reservesPerGroup,
                          List<Application> applications, List<Long> experts, List<Candidate> candidates) {

    public DrawProblem {
        if (seatsPerApplication < 1 || coverage < 0 || coverage > seatsPerApplication || loadCap < 1
                || reservesPerGroup < 0) {
            throw new IllegalArgumentException("seats ≥ 1, 0 ≤ coverage ≤ seats, load cap ≥ 1, reserves ≥ 0");
        }
        applications = List.copyOf(applications);
        experts = List.copyOf(experts);
        candidates = List.copyOf(candidates);
    }

    /** An application of the draw and the group it belongs to. */
    public record Application(long id, long groupId) {
    }

    /**
     * A pair that may be assigned.
     *
     * @param score  the expertise match (higher is better, ≥ 0)
     * @param covers whether the expert covers the mode (or industry) of the application's group
     */
    public record Candidate(long applicationId, long expertId, int score, boolean covers) {

        public Candidate {
            if (score < 0) {
                throw new IllegalArgumentException("a match score is not negative");
            }
        }
    }

    /**
     * Checks that no application or expert is listed twice; a programming error otherwise. (The solver checks that
     * every candidate refers to a listed application and expert.)
     */
    public DrawProblem validated() {
        if (applications.stream().map(Application::id).distinct().count() != applications.size()) {
            throw new IllegalArgumentException("an application is listed twice");
        }
        if (experts.stream().map(Objects::requireNonNull).distinct().count() != experts.size()) {
            throw new IllegalArgumentException("an expert is listed twice");
        }
        return this;
    }
}
