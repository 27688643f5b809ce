/**
 * Demo data: accounts for every role, a demo enterprise and an open call, so that a plain start shows a working
 * system. On whenever the {@code prod} profile is not active; never in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"application", "calendar", "call", "enterprise", "expert", "identity", "intake",
                "meeting", "objection", "portal", "publicity", "recommendation", "review", "sitevisit", "designation",
                "platform", "monitoring"})
package cn.gov.hubei.jxt.pilot.demo;
