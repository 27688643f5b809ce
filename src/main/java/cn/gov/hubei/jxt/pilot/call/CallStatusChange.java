package cn.gov.hubei.jxt.pilot.call;

import java.time.Instant;

/** One entry of a call's history of status changes, oldest first. */
public record CallStatusChange(CallTransition transition, CallStatus from, CallStatus to, Instant occurredAt,
                               String actor, String reason) {
}
