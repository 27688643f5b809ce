package cn.gov.hubei.jxt.pilot.monitoring;

import java.util.List;

/**
 * A check to record: the day (yyyy-MM-dd, not in the future), a finding per checklist item in checklist order
 * ({@code MET}, {@code PARTLY}, {@code NOT_MET}) with a note, the summary, the conclusion and its fields, an
 * optional attachment.
 */
public record NewSpotCheck(String checkedOn, List<String> findings, List<String> notes, String summary,
                           String conclusion, String rectifyDeadline, String rectifyItems, String reason,
                           String fileName, byte[] file) {

    public NewSpotCheck {
        findings = findings == null ? List.of() : findings.stream().map(f -> f == null ? "" : f).toList();
        notes = notes == null ? List.of() : notes.stream().map(f -> f == null ? "" : f).toList();
    }
}
