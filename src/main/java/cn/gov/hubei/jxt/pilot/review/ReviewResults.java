package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

/** The aggregation of a meeting's sheets, for the programme office only. */
public interface ReviewResults {

    /**
     * The meeting's results now: submitted sheets only (drafts and missing sheets are listed, never counted as 0).
     *
     * @throws ReviewNotFoundException for anyone but the office, an unknown meeting or one not yet drawn
     */
    MeetingResults results(long meetingId, CurrentUser viewer);

    /**
     * Sets the spread thresholds of the meeting's results (max − min, standard deviation; blank for none), 2 decimals
     * at most. Audited.
     *
     * @throws ReviewRejectedException with the problems beside the fields
     */
    void setThresholds(long meetingId, String range, String standardDeviation, CurrentUser officer);
}
