package cn.gov.hubei.jxt.pilot.decision;

import java.time.Instant;

/**
 * A pending decision was released with its batch; published inside the release transaction, once per decision, before
 * {@link BatchReleased}. The owning module listens with a plain {@code @EventListener} (filtering on
 * {@code subject().module()} or {@code kind()}) and writes its notices in the same transaction, so notices go out with
 * the release and never without it. A listener that throws rolls the whole release back.
 */
public record DecisionReleased(long decisionId, BatchKey batch, DecisionSubject subject, String kind, String outcome,
                               String reason, String payload, int revision, String recordedBy, Instant recordedAt,
                               String releasedBy, Instant releasedAt) {
}
