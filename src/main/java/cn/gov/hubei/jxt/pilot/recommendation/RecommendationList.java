package cn.gov.hubei.jxt.pilot.recommendation;

import java.time.Instant;
import java.util.List;

/**
 * A division's recommendation list (推荐名单 / 汇总表) in a call, as the province receives it. A division that has not
 * acted yet has an {@link ListStatus#OPEN} list without entries and version 0.
 *
 * @param entries          the recommended applications in rank order
 * @param quota            the call's cap of recommendations per division; {@code null}: no cap
 * @param deadline         the deadline in force for this division: the call's, or the one set when the list was
 *                         reopened; {@code null} when a reopened list has none (open until submitted again)
 * @param submittedAt      the last submission; {@code null} if never submitted
 * @param late             the last submission came after the call's recommendation deadline
 * @param submissionNumber how many times the list was submitted (1 for the first submission)
 * @param version          optimistic-lock version; every change increases it
 * @param scanFileId       the stamped scan of the last submission (file store id); {@code null} if never submitted
 * @param docxFileId       the .docx summary table as submitted
 * @param xlsxFileId       the .xlsx summary table as submitted
 */
public record RecommendationList(long callId, String divisionCode, String divisionName, ListStatus status,
                                 List<RankedEntry> entries, Integer quota, Instant deadline, Instant submittedAt,
                                 String submittedBy, boolean late, int submissionNumber, long version,
                                 Long scanFileId, Long docxFileId, Long xlsxFileId) {

    public RecommendationList {
        entries = List.copyOf(entries);
    }

    public boolean isSubmitted() {
        return status == ListStatus.SUBMITTED;
    }
}
