package cn.gov.hubei.jxt.pilot.meeting;

/** No such meeting, or not one the person may see (a guessed id answers exactly as a missing one). */
public class MeetingNotFoundException extends RuntimeException {

    private final long meetingId;

    public MeetingNotFoundException(long meetingId) {
        super("meeting " + meetingId + " not found");
        this.meetingId = meetingId;
    }

    public long meetingId() {
        return meetingId;
    }
}
