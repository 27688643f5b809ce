package cn.gov.hubei.jxt.pilot.meeting;

/** The life of a review meeting; the transitions are the meeting module's table. */
public enum MeetingStatus {
    /** Being set up: groups, applications and parameters may change; nobody is drawn yet. */
    PLANNED,
    /** Experts drawn and invited; the draw is sealed (only the programme office sees who was drawn). */
    DRAWN,
    /** The meeting is under way: the panels are unsealed to the meeting's experts and scoring is open. */
    STARTED,
    /** The meeting is over: scoring is closed. */
    CLOSED;

    /** The message key of the status's name. */
    public String labelKey() {
        return "meeting.status." + name();
    }
}
