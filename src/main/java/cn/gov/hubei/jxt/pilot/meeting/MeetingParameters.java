package cn.gov.hubei.jxt.pilot.meeting;

import java.time.LocalDate;

/**
 * What the officer sets for a meeting. The service checks every rule ({@link ReviewMeetings#check}) and names the
 * field that breaks one.
 *
 * @param expertsPerApplication how many experts score each application (e.g. 5 or 7)
 * @param coverage              how many of them must cover the application's group's mode or industry
 * @param loadCap               at most this many applications per expert
 * @param reservesPerGroup      reserves drawn for each group
 */
public record MeetingParameters(String title, LocalDate meetingDate, String place, int expertsPerApplication,
                                int coverage, int loadCap, int reservesPerGroup) {

    public static final int TITLE_LIMIT = 100;
    public static final int PLACE_LIMIT = 200;
    public static final int MAX_EXPERTS = 15;
    public static final int MAX_LOAD = 50;
    public static final int MAX_RESERVES = 20;

    public MeetingParameters {
        title = title == null ? null : title.strip();
        place = place == null ? null : place.strip();
    }
}
