/**
 * Platform: what every module runs on — the database (embedded PostgreSQL by default), the clock, request logging.
 * It holds no business concept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
        allowedDependencies = {})
package cn.gov.hubei.jxt.pilot.platform;
