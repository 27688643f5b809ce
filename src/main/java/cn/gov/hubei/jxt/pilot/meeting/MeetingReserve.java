package cn.gov.hubei.jxt.pilot.meeting;

import java.time.Instant;

/** A reserve of a group, in the order reserves are called in (rank 1 first); {@code calledAt} once called. */
public record MeetingReserve(long meetingId, long groupId, int rank, long expertId, String expertName,
                             Instant calledAt) {
}
