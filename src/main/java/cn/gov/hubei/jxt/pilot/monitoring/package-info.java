/**
 * Dynamic adjustment (动态调整, seed §六(三)): the three years of a designation — yearly reports (年度报告) of designated
 * units in reporting rounds with reminders, the recommending division's comment, the office's evaluation (合格 / 限期整改
 * / 剔除), removal published on the portal, expiry on the clock with notices before it, and checks outside the rounds
 * (抽查) with the site-visit checklist. Other modules read its figures through
 * {@link cn.gov.hubei.jxt.pilot.monitoring.MonitoringFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
        allowedDependencies = {
                "application", "audit", "calendar", "designation", "documents", "enterprise", "files", "identity",
                "notification", "platform", "reference", "shared", "sitevisit"})
package cn.gov.hubei.jxt.pilot.monitoring;
