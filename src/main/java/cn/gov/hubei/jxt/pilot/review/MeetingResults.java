package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.meeting.MeetingSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting's aggregated results, for the office: the rows in overall rank order, the thresholds that flagged them and
 * the rubric they were scored with.
 */
public record MeetingResults(MeetingSummary meeting, Rubric rubric, List<ResultRow> rows, BigDecimal rangeThreshold,
                             BigDecimal sdThreshold) {

    public MeetingResults {
        rows = List.copyOf(rows);
    }

    /** The rows of each group (by group name, groups in their order), each in group rank order. */
    public Map<String, List<ResultRow>> byGroup() {
        Map<String, List<ResultRow>> groups = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparingInt(ResultRow::groupPosition)
                        .thenComparingInt(ResultRow::groupRank))
                .forEach(r -> groups.computeIfAbsent(r.groupName(), g -> new ArrayList<>()).add(r));
        return groups;
    }
}
