package cn.gov.hubei.jxt.pilot.decision;

import java.time.Instant;

/**
 * A decision as a viewer may see it: pending ones only reach the programme office.
 *
 * @param revision 1 for the first recording, +1 for each replacement while pending
 * @param payload  the owning module's JSON object as text, {@code null} for none
 */
public record Decision(long id, BatchKey batch, DecisionSubject subject, String kind, String outcome, String reason,
                       String payload, DecisionStatus status, int revision, String recordedBy, Instant recordedAt,
                       Instant releasedAt, String releasedBy, Instant withdrawnAt, String withdrawnBy,
                       String withdrawalReason) {

    public boolean pending() {
        return status == DecisionStatus.PENDING;
    }

    public boolean released() {
        return status == DecisionStatus.RELEASED;
    }
}
