package cn.gov.hubei.jxt.pilot.monitoring;

import java.util.Map;

/**
 * Figures of the dynamic adjustment that the analytics read, computed in the database (no rows loaded).
 */
public interface MonitoringFigures {

    /**
     * How many designated projects are under a 限期整改 (rectification) decision that is not concluded yet, by the
     * designation's year (the publication year); limited to one division when {@code divisionCode} is not null.
     */
    Map<Integer, Long> inRectificationByYear(String divisionCode);
}
