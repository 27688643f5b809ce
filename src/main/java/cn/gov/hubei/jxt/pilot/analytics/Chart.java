package cn.gov.hubei.jxt.pilot.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * The charts of the dashboard, each with its table, its .xlsx export and its JSON: the key in addresses
 * ({@code /analytics/charts/funnel.xlsx}, {@code /api/v1/analytics/charts/funnel}) and how the page draws it.
 */
public enum Chart {
    /** The funnel of a call: registered → … → designated. */
    FUNNEL("funnel", Kind.FUNNEL),
    /** The funnel's steps by division, on the schematic map of the 17 divisions and as a table. */
    DIVISIONS("divisions", Kind.TILES),
    /** By manufacturing mode (an application counts under each mode it declares). */
    MODES("modes", Kind.BARS),
    /** By new technology (an application counts under each technology it declares). */
    TECHNOLOGIES("technologies", Kind.BARS),
    /** Designated projects by the key industry the office set for the portal. */
    INDUSTRIES("industries", Kind.BARS),
    /** The distribution of the improvement per indicator, in bands of percent. */
    INDICATORS("indicators", Kind.STACKED),
    /** The indicators' values before and after (medians), per indicator and unit. */
    INDICATOR_VALUES("indicator-values", Kind.BARS),
    /** The funnel's main steps per call year. */
    TRENDS("trends", Kind.LINES),
    /** The designated stock per designation year: valid, expiring, in rectification, removed, expired. */
    STOCK("stock", Kind.STACKED);

    /** How the page draws a chart. */
    public enum Kind { FUNNEL, TILES, BARS, STACKED, LINES }

    private final String key;
    private final Kind kind;

    Chart(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String titleKey() {
        return "analytics.chart." + key;
    }

    public static Optional<Chart> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
