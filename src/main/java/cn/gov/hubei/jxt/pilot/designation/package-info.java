/**
 * Designation (认定, seed §五(五), §六): after a notice closes with every objection concluded, the office records the
 * publication (document number such as 鄂经信装备〔2026〕12号, date, the signed document) and the projects still listed
 * become 湖北省智能制造试点示范项目, valid three years from that date; certificates per unit and project (PDF, serial,
 * validity, a QR code to a public verification page), plaque records (湖北省智能制造示范单位), and the export of designated
 * projects for national and provincial programmes (.xlsx and JSON). Other modules read designations through
 * {@link cn.gov.hubei.jxt.pilot.designation.Designations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Designation",
        allowedDependencies = {
                "application", "audit", "call", "documents", "enterprise", "files", "identity", "notification",
                "objection", "platform", "publicity", "reference", "shared"})
package cn.gov.hubei.jxt.pilot.designation;
