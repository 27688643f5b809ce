package cn.gov.hubei.jxt.pilot.monitoring;

import java.util.List;

/**
 * What the unit enters in its yearly report: the achieved value of each indicator (by code), the answer to each
 * element condition (by mode and number), plan progress, new typical scenarios (one per entry).
 */
public record ReportDraft(List<Achieved> indicators, List<Answer> conditions, String progress,
                          List<String> scenarios) {

    public ReportDraft {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        scenarios = scenarios == null ? List.of() : scenarios.stream().map(s -> s == null ? "" : s).toList();
    }

    public record Achieved(String code, String value) {
    }

    public record Answer(String modeCode, int number, Boolean met, String evidence) {
    }
}
