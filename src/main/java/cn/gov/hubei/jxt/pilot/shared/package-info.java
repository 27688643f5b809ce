/**
 * Small value types that every module uses (统一社会信用代码 and the like) and the base of refusals told as a message
 * key ({@link cn.gov.hubei.jxt.pilot.shared.RefusedException}). No services, no database, no Spring beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared value types",
        allowedDependencies = {})
package cn.gov.hubei.jxt.pilot.shared;
