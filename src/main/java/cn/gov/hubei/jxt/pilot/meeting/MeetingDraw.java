package cn.gov.hubei.jxt.pilot.meeting;

import java.time.Instant;

/**
 * A meeting's draw as recorded: with the seed and the stored inputs anyone can re-run it ({@link ReviewMeetings#verify}).
 *
 * @param systemSeed  whether the seed came from the system's random source (the officer left it empty)
 * @param inputDigest SHA-256 (hex) of the draw's inputs in canonical form
 * @param totalScore  the sum of the seats' expertise match: the maximum any assignment keeping the rules reaches
 */
public record MeetingDraw(long id, long meetingId, long seed, boolean systemSeed, String inputDigest,
                          long totalScore, int seatCount, String drawnBy, Instant drawnAt) {
}
