package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/** A line of the versions list. */
public record VersionInfo(int number, Instant submittedAt, String submittedBy) {
}
