package cn.gov.hubei.jxt.pilot.objection;

import java.time.Duration;

/** Too many objections (or lookups) from one address or for one e-mail address: try again after {@code retryAfter}. */
public class ObjectionRateLimitedException extends RuntimeException {

    private final Duration retryAfter;
    private final long retryAfterSeconds;
    private final long retryAfterMinutes;

    public ObjectionRateLimitedException(Duration retryAfter, long retryAfterSeconds, long retryAfterMinutes) {
        super("rate limited, retry after " + retryAfter);
        this.retryAfter = retryAfter;
        this.retryAfterSeconds = retryAfterSeconds;
        this.retryAfterMinutes = retryAfterMinutes;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long retryAfterMinutes() {
        return retryAfterMinutes;
    }
}
