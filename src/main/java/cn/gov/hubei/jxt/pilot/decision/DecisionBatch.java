package cn.gov.hubei.jxt.pilot.decision;

import java.time.Instant;

/**
 * A release batch: open (decisions may be recorded into it) until released, then closed for good.
 *
 * @param counts its decisions by status, as the viewer may see them
 */
public record DecisionBatch(long id, BatchKey key, Instant createdAt, Instant releasedAt, String releasedBy,
                            DecisionCounts counts) {

    public boolean released() {
        return releasedAt != null;
    }
}
