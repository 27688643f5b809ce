/**
 * Reference data of the programme: the recommending divisions, the modes and new technologies, the versioned element
 * conditions (要素条件, 附件1) and content items (附件2-1), the five indicators, the key industries, and the public
 * 统一社会信用代码 check. All of it is seeded by Flyway migrations; a later year adds a version, never edits one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data",
        allowedDependencies = {"platform"})
package cn.gov.hubei.jxt.pilot.reference;
