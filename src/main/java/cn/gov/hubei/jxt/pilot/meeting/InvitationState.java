package cn.gov.hubei.jxt.pilot.meeting;

/** An expert's answer to a meeting's invitation. */
public enum InvitationState {
    INVITED, ACCEPTED, DECLINED;

    public String labelKey() {
        return "meeting.invitation.state." + name();
    }
}
