package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.recommendation.RecommendationList;

/**
 * The list changed since the caller read it (another recommender of the division, or another tab): nothing was
 * written; {@link #current()} is the list as it stands now.
 */
public class ListConflictException extends RuntimeException {

    private final transient RecommendationList current;
    private final long expectedVersion;

    public ListConflictException(RecommendationList current, long expectedVersion) {
        super("list " + current.callId() + "/" + current.divisionCode() + " is at version " + current.version()
                + ", not " + expectedVersion);
        this.current = current;
        this.expectedVersion = expectedVersion;
    }

    public RecommendationList current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
