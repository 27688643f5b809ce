package cn.gov.hubei.jxt.pilot.publicity;

/**
 * A public notice's life: drafted by the office (nobody else sees it), released (the proposal's decisions are
 * released and the people concerned told; the notice is public and waits for its start day), open (day 1 to the end
 * of the 5th working day: objections are accepted), closed (by the clock after the end day).
 */
public enum NoticeStatus {
    DRAFT, RELEASED, OPEN, CLOSED
}
