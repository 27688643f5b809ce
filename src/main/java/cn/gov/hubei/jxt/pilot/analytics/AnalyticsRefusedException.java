package cn.gov.hubei.jxt.pilot.analytics;

/** The person may not see the analytics (the pages and the API answer 403 before it is thrown). */
public class AnalyticsRefusedException extends RuntimeException {
    public AnalyticsRefusedException() {
        super("the analytics are the programme office's and the recommenders'");
    }
}
