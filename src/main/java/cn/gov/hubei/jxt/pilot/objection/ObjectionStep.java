package cn.gov.hubei.jxt.pilot.objection;

import java.time.Instant;

/**
 * One step of a case: {@code kind} is RECEIVED, ACCEPTED, DECLINED, NOTE (the office's investigation note, never
 * published), UPHELD, DISMISSED or REMOVED (the project taken off the list); {@code published} steps are what the
 * objector reads in the lookup.
 */
public record ObjectionStep(String kind, String text, boolean published, String by, Instant at) {
}
