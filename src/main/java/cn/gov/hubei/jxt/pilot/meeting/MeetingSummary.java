package cn.gov.hubei.jxt.pilot.meeting;

import java.time.LocalDate;

/**
 * A review meeting as other modules see it.
 *
 * @param expertsPerApplication how many experts score each application
 * @param coverage              how many of them must be experts of the application's group's mode (or industry)
 */
public record MeetingSummary(long id, long callId, String title, LocalDate meetingDate, String place,
                             MeetingStatus status, int expertsPerApplication, int coverage) {
}
