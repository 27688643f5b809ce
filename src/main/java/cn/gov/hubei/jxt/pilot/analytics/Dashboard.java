package cn.gov.hubei.jxt.pilot.analytics;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard of a person for a filter: the scope (every division, or the recommender's own), the calls and years
 * to choose from, every chart with its table, and when the read model was last refreshed.
 *
 * @param divisionCode the one division shown, or null for the whole province
 * @param divisionName its name, or null
 */
public record Dashboard(AnalyticsFilter filter, String divisionCode, String divisionName, List<CallOption> calls,
                        List<Integer> years, List<ChartTable> charts, Instant refreshedAt) {

    /** A call to choose in the filter. */
    public record CallOption(long id, int year, String title) {
    }

    public ChartTable chart(Chart chart) {
        return charts.stream().filter(c -> c.chart() == chart).findFirst().orElseThrow();
    }
}
