/**
 * The programme's analytics (统计分析): dashboards of the office and, limited to their own division, of each
 * recommender — the funnel of a call, coverage by division, mode, industry and new technology, the indicators'
 * improvements, trends across years and the state of the designated stock; every chart with its table and an .xlsx
 * export; aggregates computed in SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {
                "application", "call", "designation", "documents", "identity", "monitoring", "platform", "reference",
                "shared"})
package cn.gov.hubei.jxt.pilot.analytics;
