package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

import java.util.List;

/**
 * The answer of a draw: the same problem and seed always give the same result.
 *
 * @param seed        the seed it was drawn with
 * @param inputDigest SHA-256 (hex) of the problem in a canonical form: with the seed, anyone can re-run the draw
 * @param seats       every application's experts, by application (problem order) then expert id
 * @param reserves    each group's reserves in the order they are called in (rank 1 first)
 * @param totalScore  the sum of the seats' match scores: the maximum over every assignment that keeps the rules
 */
public record DrawResult(long seed, String inputDigest, List<Seat> seats, List<Reserve> reserves, long totalScore) {

    public DrawResult {
        seats = List.copyOf(seats);
        reserves = List.copyOf(reserves);
    }

    public record Seat(long applicationId, long expertId, int score, boolean covers) {
    }

    public record Reserve(long groupId, int rank, long expertId) {
    }
}
