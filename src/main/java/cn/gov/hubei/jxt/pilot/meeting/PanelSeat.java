package cn.gov.hubei.jxt.pilot.meeting;

/**
 * One expert's active seat on the panel of one application: the expert is to score it. A seat given up (the expert
 * declined or declared a conflict and was replaced) is not active and is not returned by {@link Panels}.
 *
 * @param accountId the expert's login account; {@code null} when the expert has none yet
 * @param accepted  whether the expert accepted the meeting's invitation
 * @param pledged   whether the expert signed the meeting's 回避与保密承诺
 */
public record PanelSeat(long meetingId, long applicationId, long expertId, Long accountId, String expertName,
                        boolean accepted, boolean pledged) {
}
