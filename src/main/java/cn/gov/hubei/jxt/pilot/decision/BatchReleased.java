package cn.gov.hubei.jxt.pilot.decision;

import java.time.Instant;
import java.util.List;

/**
 * A batch was released: published inside the release transaction after the {@link DecisionReleased} of each of its
 * decisions (ids in release order); for a summary notice (e.g. to every officer) or to start the next step.
 */
public record BatchReleased(long batchId, BatchKey batch, List<Long> decisionIds, String releasedBy,
                            Instant releasedAt) {

    public BatchReleased {
        decisionIds = List.copyOf(decisionIds);
    }
}
