package cn.gov.hubei.jxt.pilot.publicity;

/**
 * A public notice's life: drafted by the office (nobody else sees it), released (the proposal's decisions are
 * released and the people concerned told; the notice is public and waits for its start day), open (day 1 to the end
 * of the 5th working day: objections are accepted), closed (by the clock after the end day).
 */
public enum NoticeStatus {
    DRAFT, RELEASED, OPEN, CLOSED;

    /** The message key of the status's name (e.g. 公示中). */
    public String labelKey() {
        return "publicity.status." + name() + ".label";
    }

    /** Whether the public sees a notice in this status (every status but the draft). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
