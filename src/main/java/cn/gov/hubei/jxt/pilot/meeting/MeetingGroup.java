package cn.gov.hubei.jxt.pilot.meeting;

/**
 * A group of a meeting: its applications are scored by experts of which at least the meeting's coverage cover the
 * group's basis (the mode or the industry named by {@code basisCode}).
 *
 * @param applications how many applications the group holds
 */
public record MeetingGroup(long id, long meetingId, int position, String name, GroupBasis basis, String basisCode,
                           int applications) {
}
