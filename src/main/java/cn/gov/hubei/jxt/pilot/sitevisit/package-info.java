/**
 * Site visits (实地查看/现场核查) of the provincial review: inspection teams of officers, experts and the division's
 * staff, visits planned on working days and grouped by division, a checklist per application built from the
 * recommendation conditions and the element conditions of its modes, findings per item (属实 / 基本属实 / 不属实),
 * photos, attendees and a conclusion; the record prints as a 现场核查表 and is locked once the team leader signs it off.
 * Other modules read signed-off outcomes through {@link cn.gov.hubei.jxt.pilot.sitevisit.SiteVisits}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site visit",
        allowedDependencies = {
                "application", "audit", "calendar", "call", "documents", "files", "identity", "notification",
                "platform", "recommendation", "reference", "shared"})
package cn.gov.hubei.jxt.pilot.sitevisit;
