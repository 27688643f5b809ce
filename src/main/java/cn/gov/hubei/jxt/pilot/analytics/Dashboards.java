package cn.gov.hubei.jxt.pilot.analytics;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

/**
 * The analytics' dashboards, scoped in SQL to what the person may see (the office: every division; a recommender:
 * its own division, whatever is asked). Every figure is an aggregate computed in the database from the analytics'
 * views ({@code analytics_*}, docs/analytics.md).
 */
public interface Dashboards {

    /** @throws AnalyticsRefusedException when the person may not see the analytics */
    Dashboard dashboard(CurrentUser user, AnalyticsFilter filter);

    /** One chart's table. */
    ChartTable chart(CurrentUser user, Chart chart, AnalyticsFilter filter);

    /** One chart's table as .xlsx (the title, the filter and scope under it, the table). */
    byte[] xlsx(CurrentUser user, Chart chart, AnalyticsFilter filter);

    /** Refresh the materialised views now (the clock job does it after the stages' events). */
    void refresh();
}
