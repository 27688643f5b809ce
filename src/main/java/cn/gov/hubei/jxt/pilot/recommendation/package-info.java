/**
 * Recommendation (推荐) by the divisions' 经信局: the pre-check of each submitted application against the
 * recommendation conditions (seed §四), the outcomes 推荐 / 退回修改 / 不予推荐 / 撤销决定 through the application's
 * transition table, the ranked list of recommended applications (排名有先后), the summary table (汇总表, 附件2) and
 * its submission to the province with the stamped scan, the programme office's intake overview and reopening, and
 * the reminders before the recommenders' deadline.
 *
 * <p>Other modules use {@link cn.gov.hubei.jxt.pilot.recommendation.Recommendations} and listen to
 * {@link cn.gov.hubei.jxt.pilot.recommendation.RecommendationListSubmitted} and
 * {@link cn.gov.hubei.jxt.pilot.recommendation.RecommendationListReopened}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendation",
        allowedDependencies = {
                "application", "audit", "call", "documents", "enterprise", "files", "identity", "notification",
                "platform", "reference"})
package cn.gov.hubei.jxt.pilot.recommendation;
