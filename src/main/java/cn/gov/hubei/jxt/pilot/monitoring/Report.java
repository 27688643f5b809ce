package cn.gov.hubei.jxt.pilot.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A yearly report as its readers see it: the designated project, the round, the status, the five indicators (baseline
 * and target from the frozen version of the designated application, the achieved value, the changes computed with the
 * indicator's direction), the element conditions of its modes with the unit's answer, plan progress, new typical
 * scenarios, attachments, and the review and evaluation so far. {@code version}: the optimistic lock of the draft.
 */
public record Report(long id, long roundId, String roundTitle, LocalDate deadline, RoundPhase phase,
                     long designationId, long applicationId, String projectName, String enterpriseName,
                     String divisionCode, String documentNumber, LocalDate validUntil, ReportStatus status,
                     boolean overdue, long version, List<IndicatorLine> indicators, List<ConditionLine> conditions,
                     String progress, List<String> scenarios, List<Attachment> attachments, Instant submittedAt,
                     String comment, String commentedBy, String returnReason, LocalDate rectifyDeadline,
                     String rectifyItems, String rectification, String decisionReason, String decidedBy,
                     Instant decidedAt) {

    /**
     * One indicator: {@code targetChange} and {@code change} in percent, positive when the indicator moved the right
     * way ({@code null} when the baseline is zero or a value is missing); {@code reached} whether the achieved change
     * is at least the target's.
     */
    public record IndicatorLine(String code, String name, String direction, String unit, String baseline,
                                String target, String achieved, BigDecimal targetChange, BigDecimal change,
                                Boolean reached) {
    }

    /** One element condition of one of the project's modes: still met ({@code null}: not answered) and evidence. */
    public record ConditionLine(String modeCode, String grouping, int number, String text, Boolean met,
                                String evidence) {
    }

    public record Attachment(long id, String name) {
    }
}
