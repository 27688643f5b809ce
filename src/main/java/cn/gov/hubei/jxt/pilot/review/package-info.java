/**
 * The expert review's scoring (专家评审): a rubric per call (versioned data, the 2020 default built from the seed's
 * conditions), each expert's score sheet per application (comment per criterion, overall opinion, autosave, submit
 * locks, the officer unlocks with a reason), the aggregation (trimmed mean, spread flags, optional z-scores side by
 * side), the ranking overall and per group, the documents (专家评分表, 评审汇总表), and the office's proposal for the 公示
 * recorded as pending decisions ({@code decision.Decisions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert review",
        allowedDependencies = {
                "application", "audit", "call", "decision", "documents", "expert", "files", "identity", "meeting",
                "notification", "platform", "recommendation", "reference", "shared", "sitevisit"})
package cn.gov.hubei.jxt.pilot.review;
