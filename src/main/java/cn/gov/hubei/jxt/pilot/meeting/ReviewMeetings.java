package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;
import java.util.Optional;

/**
 * Review meetings: the one way to set them up, draw their experts, answer invitations, sign the pledge, replace an
 * expert and start and close them. Every write checks {@link MeetingPermissions} (whoever calls), the transition table
 * and the rules, records its audit entry in its transaction and is safe to repeat (a repeated request changes nothing
 * or is refused with the reason). Refusals are {@link MeetingRefusedException} (Chinese message), broken field rules
 * {@link MeetingRejectedException}, an id the person may not see {@link MeetingNotFoundException}.
 *
 * <p>The reads at the end are system reads: the caller applies {@link MeetingPermissions#seesPanels} (the draw is
 * sealed until the meeting starts).
 */
public interface ReviewMeetings {

    /** The rules the parameters break, beside their fields; empty when they all hold. */
    List<FieldProblem> check(MeetingParameters parameters);

    MeetingSummary create(long callId, MeetingParameters parameters, CurrentUser by);

    /** Changes the parameters while the meeting is planned. */
    MeetingSummary update(long meetingId, MeetingParameters parameters, CurrentUser by);

    /** Adds a group by mode or industry (a basis once per meeting) while planned. */
    MeetingGroup addGroup(long meetingId, String name, GroupBasis basis, String basisCode, CurrentUser by);

    /** Removes an empty group while planned. */
    void removeGroup(long meetingId, long groupId, CurrentUser by);

    /**
     * Puts an application of the meeting's call that passed formal review ({@code FORMAL_PASSED}) and is on no other
     * meeting of the call into a group (or moves it to another group of this meeting), while planned.
     */
    void putApplication(long meetingId, long applicationId, long groupId, CurrentUser by);

    /** Takes an application off the agenda while planned. */
    void removeApplication(long meetingId, long applicationId, CurrentUser by);

    /**
     * Puts every eligible application of the call ({@link #eligible}) into the group of its first mode, creating the
     * mode's group when the meeting has none; returns how many were added.
     */
    int autoGroup(long meetingId, CurrentUser by);

    /**
     * Draws the seats and the reserves with the seed ({@code null}: a seed from the system's random source), records
     * seed, inputs, digest and result, invites every drawn expert: PLANNED → DRAWN.
     *
     * @throws MeetingRefusedException when the draw is infeasible (which application, which shortfall)
     */
    MeetingDraw draw(long meetingId, Long seed, CurrentUser by);

    /** Cancels the draw while nobody accepted: DRAWN → PLANNED; the invitations are withdrawn. */
    void cancelDraw(long meetingId, CurrentUser by);

    /** Re-runs the recorded draw from its stored inputs and seed and compares it with the recorded result. */
    DrawVerification verify(long meetingId, CurrentUser by);

    /**
     * Replaces the expert on all their vacant seats from each group's reserves in rank order: the first reserve that
     * keeps conflicts, the load cap and the coverage takes each seat, and is invited. Refused, changing nothing, when
     * no reserve fits a seat.
     */
    List<Replacement> replace(long meetingId, long expertId, CurrentUser by);

    /** DRAWN → STARTED, on or after the meeting date. */
    MeetingSummary start(long meetingId, CurrentUser by);

    /** STARTED → CLOSED. */
    MeetingSummary close(long meetingId, CurrentUser by);

    /** The invited expert accepts (until the meeting starts). */
    Invitation accept(long meetingId, CurrentUser by);

    /** The invited expert declines (until the meeting starts): their seats become vacant, assignments removed. */
    Invitation decline(long meetingId, String reason, CurrentUser by);

    /**
     * The expert who accepted signs the meeting's 回避与保密承诺; from then on the applications of their active seats
     * are assigned to them (they open through the application pages).
     */
    Invitation pledge(long meetingId, CurrentUser by);

    /** The pledge's text for the meeting, in the request's language. */
    String pledgeText(long meetingId);

    // ------------------------------------------------------------------------------------------- system reads

    Optional<MeetingSummary> find(long meetingId);

    /** The meeting's parameters (with the load cap and reserves the summary leaves out). */
    MeetingParameters parameters(long meetingId);

    /** Every meeting of every call, latest date first. */
    List<MeetingSummary> all();

    List<MeetingGroup> groups(long meetingId);

    List<AgendaEntry> agenda(long meetingId);

    /** Applications of the meeting's call that passed formal review and are on no meeting of the call yet. */
    List<AgendaEntry> eligible(long meetingId);

    Optional<MeetingDraw> currentDraw(long meetingId);

    /** Every seat of the current draw with its history, by application then creation. */
    List<MeetingSeat> seats(long meetingId);

    List<MeetingReserve> reserves(long meetingId);

    List<Invitation> invitations(long meetingId);

    /** The invitations of the expert with this account, newest meeting first (drawn, started or closed meetings). */
    List<Invitation> invitationsOf(long accountId);

    Optional<Invitation> invitation(long meetingId, long accountId);
}
