package cn.gov.hubei.jxt.pilot.decision;

import java.time.Instant;

/** One entry of a decision's history: its first recording, a replacement, its release or its withdrawal. */
public record DecisionChange(long decisionId, int revision, Kind change, String outcome, String reason, String payload,
                             String actor, Instant occurredAt) {

    public enum Kind {
        RECORDED, REPLACED, RELEASED, WITHDRAWN
    }
}
