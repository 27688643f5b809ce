/** The web shell: layout, navigation, each role's home page, error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"application", "call", "designation", "identity", "intake", "meeting", "objection",
                "publicity", "recommendation", "reference", "review", "sitevisit"})
package cn.gov.hubei.jxt.pilot.web;
