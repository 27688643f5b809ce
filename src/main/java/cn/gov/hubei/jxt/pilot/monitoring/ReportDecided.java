package cn.gov.hubei.jxt.pilot.monitoring;

/**
 * A report changed status by a person's decision (submitted, commented, returned, evaluated, rectified), published in
 * the decision's transaction; the monitoring's notices listen in it.
 */
public record ReportDecided(long reportId, long designationId, ReportTransition transition, String actor) {
}
