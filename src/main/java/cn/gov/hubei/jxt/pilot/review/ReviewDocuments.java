package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

/**
 * The review's documents in the official format rules ({@code documents.FormDocuments}): each expert's 专家评分表
 * (.docx, to be signed) and the meeting's 评审汇总表 (.xlsx and .docx, landscape, per group).
 */
public interface ReviewDocuments {

    /**
     * The sheet's 专家评分表: for its expert (while they may read the application) and for the office.
     *
     * @throws ReviewNotFoundException for anyone else or an unknown sheet
     */
    byte[] sheetDocx(long sheetId, CurrentUser viewer);

    /** The meeting's 评审汇总表 as .xlsx: the office only. */
    byte[] summaryXlsx(long meetingId, CurrentUser viewer);

    /** The meeting's 评审汇总表 as .docx: the office only. */
    byte[] summaryDocx(long meetingId, CurrentUser viewer);
}
