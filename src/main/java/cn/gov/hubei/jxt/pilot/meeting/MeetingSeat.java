package cn.gov.hubei.jxt.pilot.meeting;

import java.time.Instant;

/**
 * One seat of a meeting as the programme office sees it, with its history: how it came (the draw or a replacement),
 * whether it is active, why it was given up, which seat it replaced and who replaced it.
 *
 * @param fromDraw      whether the draw gave it ({@code false}: a replacement from the reserves)
 * @param vacatedReason {@code DECLINED} or {@code CONFLICT} when given up; {@code null} while active
 * @param replacesSeat  the seat this one took the place of; {@code null} for a seat of the draw
 * @param replacedBy    the officer who filled this seat from the reserves; {@code null} for a seat of the draw
 */
public record MeetingSeat(long id, long meetingId, long applicationId, long expertId, String expertName, int score,
                          boolean covers, boolean fromDraw, SeatState state, String vacatedReason,
                          Instant vacatedAt, Long replacesSeat, String replacedBy, Instant createdAt) {
}
