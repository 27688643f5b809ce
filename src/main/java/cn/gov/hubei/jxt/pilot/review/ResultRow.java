package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitConclusion;

import java.math.BigDecimal;
import java.util.List;

/**
 * One application's line of a meeting's results (the office's table and the 评审汇总表).
 *
 * @param cityRank       the application's rank on its division's list ({@code null} when not on one)
 * @param siteVisit      the signed-off site visit's conclusion ({@code null}: no site visit signed off)
 * @param score          the trimmed mean of the submitted totals; {@code null} when no sheet is submitted
 * @param normalised     the mean of its z-scores, beside the score ({@code null}: none, shown as "—")
 * @param missingExperts the names of the seated experts whose sheet is not submitted
 * @param late           whether the missing sheets are late (the meeting is closed: 逾期未交)
 * @param proposal       the office's pending proposal for this application, {@code null} when none is recorded
 */
public record ResultRow(long applicationId, String number, String projectName, String enterpriseName,
                        String divisionCode, long groupId, String groupName, int groupPosition, Integer cityRank,
                        SiteVisitConclusion siteVisit, int seats, int submitted, BigDecimal score, BigDecimal min,
                        BigDecimal max, BigDecimal range, BigDecimal standardDeviation, boolean rangeFlagged,
                        boolean sdFlagged, BigDecimal normalised, List<String> missingExperts, boolean late, int rank,
                        int groupRank, Proposal proposal) {

    public ResultRow {
        missingExperts = List.copyOf(missingExperts);
    }

    public boolean scored() {
        return score != null;
    }

    public boolean spreadFlagged() {
        return rangeFlagged || sdFlagged;
    }
}
