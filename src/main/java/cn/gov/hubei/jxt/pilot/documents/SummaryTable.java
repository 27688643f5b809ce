package cn.gov.hubei.jxt.pilot.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The summary table of a recommending division (汇总表, 附件2 of the 实施方案): the projects it recommends to the
 * province, in its order of priority (“推荐试点示范项目排名有先后”). The writers number the rows 1, 2, … in the order
 * given here.
 *
 * @param year         the call's year, as in the title "{year}年湖北省智能制造试点示范推荐项目汇总表"
 * @param recommender  the recommending unit (推荐单位) as it stamps the table, e.g. 武汉市经济和信息化局: the same
 *                     name as on the cover of the 申报书
 * @param rows         the recommended projects, first priority first; any number, also none
 * @param preparedOn   the date recorded in the file's properties; the same table and date give the same .docx
 */
public record SummaryTable(int year, String recommender, List<Row> rows, LocalDate preparedOn) {

    public SummaryTable {
        Objects.requireNonNull(recommender, "recommender");
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One recommended project.
     *
     * @param contactName  联系人 of the enterprise
     * @param contactPhone 联系方式: telephone and/or mobile as one text
     * @param remark       备注, at most a few sentences
     */
    public record Row(String projectName, String enterpriseName, String contactName, String contactPhone,
                      String remark) {
    }
}
