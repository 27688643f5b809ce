package cn.gov.hubei.jxt.pilot.meeting;

import java.util.List;
import java.util.Optional;

/**
 * The panels of the review meetings, as the scoring (`review`) and the other stages read them. System reads: the
 * caller applies its own permissions, and must not show a meeting's experts to anyone but the programme office before
 * the meeting has started (the draw is sealed until then).
 */
public interface Panels {

    Optional<MeetingSummary> meeting(long meetingId);

    /** The meetings of a call, by date then id. */
    List<MeetingSummary> ofCall(long callId);

    /** The applications on the meeting's agenda, by group position then application number. */
    List<MeetingApplication> applications(long meetingId);

    /** The active seats of the meeting (who is to score what), by application then expert. */
    List<PanelSeat> seats(long meetingId);

    /** The active seats of the expert with this account, in meetings that are drawn, started or closed. */
    List<PanelSeat> seatsOf(long accountId);

    /**
     * Whether the person may open the application in this meeting: an active seat of theirs, invitation accepted,
     * pledge signed, no conflict of interest, meeting drawn, started or closed.
     */
    boolean mayRead(long meetingId, long applicationId, long accountId);

    /** Whether the person may score the application now: {@link #mayRead} and the meeting is started. */
    boolean mayScore(long meetingId, long applicationId, long accountId);
}
