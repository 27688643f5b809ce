/**
 * The public portal (no login): the current notice and the way to object, the designated projects by year, division,
 * mode and industry with search, a project's page, the typical-scenario library (典型场景, from the applications'
 * 示范推广 section, published with the enterprise's consent and the office's approval), and certificate verification.
 * Server-rendered, cached, readable on a phone, no tracking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
        allowedDependencies = {
                "application", "audit", "designation", "identity", "notification", "objection", "platform",
                "publicity", "reference", "shared"})
package cn.gov.hubei.jxt.pilot.portal;
