/**
 * The expert pool (专家库) of the provincial review: expert records with their fields of expertise against the five
 * modes and the key industries, active or inactive with history, import from and export to .xlsx, each expert's
 * account; and conflicts of interest (回避): automatic ones computed from the expert's employer, its group of companies
 * and the recommending division, and those the expert declares per application. Other modules read the pool through
 * {@link cn.gov.hubei.jxt.pilot.expert.Experts} and ask {@link cn.gov.hubei.jxt.pilot.expert.ConflictsOfInterest}
 * before they let an expert near an application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert pool",
        allowedDependencies = {
                "application", "audit", "call", "enterprise", "files", "identity", "notification", "platform", "reference",
                "shared"})
package cn.gov.hubei.jxt.pilot.expert;
