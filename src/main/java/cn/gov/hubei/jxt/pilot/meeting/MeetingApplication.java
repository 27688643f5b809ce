package cn.gov.hubei.jxt.pilot.meeting;

/**
 * An application on a meeting's agenda, in its group.
 *
 * @param groupPosition the group's order in the meeting (1, 2, …)
 */
public record MeetingApplication(long meetingId, long applicationId, long groupId, String groupName,
                                 int groupPosition) {
}
