package cn.gov.hubei.jxt.pilot.objection;

import java.time.Instant;

/** A submitted objection: its receipt number; {@code repeated} when the same form was sent again (one case). */
public record SubmittedObjection(long caseId, String receiptNumber, Instant receivedAt, boolean repeated) {
}
