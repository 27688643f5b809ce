package cn.gov.hubei.jxt.pilot.decision;

import java.time.Instant;

/**
 * The answer to a release: whether this call released the batch ({@code releasedNow}) or found it released already
 * (a second release, a double click, another node first: nothing changed), and when, by whom and how many decisions
 * the release made visible.
 */
public record BatchRelease(BatchKey batch, boolean releasedNow, Instant releasedAt, String releasedBy,
                           long decisions) {
}
