package cn.gov.hubei.jxt.pilot.recommendation;

/**
 * One recommended application on a division's list. Project, enterprise and contact are those of the submitted
 * version the recommendation was based on (the enterprise profile frozen with it).
 *
 * @param rank         1 for the division's first priority
 * @param remark       备注 of the summary table, at most 200 characters; {@code null} when none
 * @param contactPhone 联系方式: the contact's telephone and mobile, as one text
 * @param versionNo    the submitted version (第 n 版) the entry describes
 */
public record RankedEntry(long applicationId, int rank, String remark, String projectName, String enterpriseName,
                          String contactName, String contactPhone, int versionNo) {
}
