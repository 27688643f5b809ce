package cn.gov.hubei.jxt.pilot.review;

import java.time.Instant;

/**
 * The office's proposal for one application (拟公示 or not), a pending decision of kind {@value Proposals#KIND} in the
 * call's review batch.
 */
public record Proposal(long decisionId, long applicationId, boolean proposed, String reason, String payload,
                       String status, int revision, String recordedBy, Instant recordedAt) {
}
