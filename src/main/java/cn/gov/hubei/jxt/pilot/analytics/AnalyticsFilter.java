package cn.gov.hubei.jxt.pilot.analytics;

/**
 * What the dashboard shows: one call, or every call of a year, or (both null) every call. A call wins over a year.
 */
public record AnalyticsFilter(Long callId, Integer year) {

    public static AnalyticsFilter all() {
        return new AnalyticsFilter(null, null);
    }

    public AnalyticsFilter {
        if (callId != null) {
            year = null;
        }
    }
}
