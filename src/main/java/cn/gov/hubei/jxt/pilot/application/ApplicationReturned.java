package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/**
 * The recommender returned a submitted application for revision, with its reason and the time by which the
 * enterprise is to resubmit ({@code null} when none was set).
 */
public record ApplicationReturned(long applicationId, long callId, long enterpriseId, String reason,
                                  Instant deadline, Instant returnedAt, String actor) {
}
