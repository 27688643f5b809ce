package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/**
 * One line of an application's status history.
 *
 * @param transition the transition's code ({@link ApplicationTransition#code()})
 */
public record StatusChange(String transition, ApplicationStatus from, ApplicationStatus to, Instant occurredAt,
                           String actor, String reason, Instant deadline, Integer versionNo) {
}
