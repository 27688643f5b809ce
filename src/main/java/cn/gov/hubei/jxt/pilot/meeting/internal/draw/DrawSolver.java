package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

/**
 * Draws a meeting's experts: among all assignments that keep the seats, the coverage, the load cap and the candidate
 * pairs (no conflicted pair is a candidate), one with the maximum total match; the seed breaks ties between equally
 * good assignments at random (a different seed gives a different optimal assignment where one exists). Deterministic:
 * the same problem and seed give the same result on any machine.
 */
public interface DrawSolver {

    /** @throws DrawInfeasibleException when no assignment keeps the rules */
    DrawResult solve(DrawProblem problem, long seed);

    /** SHA-256 (hex) of the problem in canonical form, as {@link DrawResult#inputDigest()}. */
    String digest(DrawProblem problem);
}
