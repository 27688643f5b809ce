package cn.gov.hubei.jxt.pilot.platform;

import java.time.Instant;

/**
 * A request refused by a rate limit ({@link RateLimits#require}): answered 429 with {@code Retry-After} and a message
 * that tells the person when to try again; audited by the caller only when {@link #firstRefusal()} (once per window).
 */
public class RateLimitedException extends RuntimeException {

    private final String limit;
    private final transient RateLimits.Decision decision;
    private final Instant retryAt;

    public RateLimitedException(String limit, RateLimits.Decision decision, Instant retryAt) {
        super("rate limit " + limit + " reached; retry after " + decision.retryAfterSeconds() + " s");
        this.limit = limit;
        this.decision = decision;
        this.retryAt = retryAt;
    }

    /** The name of the limit ({@code app.rate-limits.<name>}). */
    public String limit() {
        return limit;
    }

    public RateLimits.Decision decision() {
        return decision;
    }

    /** When a next attempt is allowed again. */
    public Instant retryAt() {
        return retryAt;
    }

    /** For {@code Retry-After}. */
    public long retryAfterSeconds() {
        return decision.retryAfterSeconds();
    }

    /** For a message a person reads. */
    public long retryAfterMinutes() {
        return decision.retryAfterMinutes();
    }

    /** The first refusal of this limit and key within its period: the one the caller audits. */
    public boolean firstRefusal() {
        return decision.firstRefusal();
    }
}
