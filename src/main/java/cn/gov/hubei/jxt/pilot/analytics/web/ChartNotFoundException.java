package cn.gov.hubei.jxt.pilot.analytics.web;

/** A chart key that names no chart. */
class ChartNotFoundException extends RuntimeException {
    ChartNotFoundException() {
        super("no such chart");
    }
}
