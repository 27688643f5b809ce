package cn.gov.hubei.jxt.pilot.monitoring;

import java.util.Arrays;
import java.util.List;

/**
 * The yearly report's transition table: every legal change, each with its one performer and the round's phase it
 * needs ({@code null}: any). The unit of the designated project files; the recommender of its division comments or
 * returns; the programme office (an officer acting, not an administrator) evaluates. The state diagram in
 * {@code docs/state-diagrams/monitoring.md} is generated from this table.
 */
public enum ReportTransition {

    /** 提交: the unit submits its report while the round is open. */
    SUBMIT("submit", Performer.ENTERPRISE, ReportStatus.DRAFT, ReportStatus.SUBMITTED, RoundPhase.OPEN),
    /** 退回修改: the recommender returns it for correction, with a reason. */
    RETURN("return", Performer.RECOMMENDER, ReportStatus.SUBMITTED, ReportStatus.RETURNED, null),
    /** 重新提交: the unit submits the corrected report (also after the deadline: it was handed in on time). */
    RESUBMIT("resubmit", Performer.ENTERPRISE, ReportStatus.RETURNED, ReportStatus.SUBMITTED, null),
    /** 推荐单位审核意见: the recommender's comment; the report goes to the office. */
    COMMENT("comment", Performer.RECOMMENDER, ReportStatus.SUBMITTED, ReportStatus.COMMENTED, null),
    /** 评价合格. */
    QUALIFY("qualify", Performer.OFFICER, ReportStatus.COMMENTED, ReportStatus.QUALIFIED, null),
    /** 限期整改: with a deadline and what to fix. */
    ORDER_RECTIFICATION("order-rectification", Performer.OFFICER, ReportStatus.COMMENTED, ReportStatus.RECTIFYING,
            null),
    /** 剔除: with a reason; revokes the designation. */
    REMOVE("remove", Performer.OFFICER, ReportStatus.COMMENTED, ReportStatus.REMOVED, null),
    /** 未按期报告剔除: no report by the deadline; with a reason; revokes the designation. */
    REMOVE_UNREPORTED("remove-unreported", Performer.OFFICER, ReportStatus.DRAFT, ReportStatus.REMOVED,
            RoundPhase.CLOSED),
    /** 提交整改报告: the unit files what it rectified. */
    SUBMIT_RECTIFICATION("submit-rectification", Performer.ENTERPRISE, ReportStatus.RECTIFYING,
            ReportStatus.RECTIFIED, null),
    /** 整改合格. */
    CONCLUDE_QUALIFIED("conclude-qualified", Performer.OFFICER, ReportStatus.RECTIFIED, ReportStatus.QUALIFIED,
            null),
    /** 整改不合格，剔除: with a reason; revokes the designation. */
    CONCLUDE_REMOVED("conclude-removed", Performer.OFFICER, ReportStatus.RECTIFIED, ReportStatus.REMOVED, null);

    /** Who takes a transition. */
    public enum Performer { ENTERPRISE, RECOMMENDER, OFFICER }

    private final String code;
    private final Performer performer;
    private final ReportStatus from;
    private final ReportStatus to;
    private final RoundPhase phase;

    ReportTransition(String code, Performer performer, ReportStatus from, ReportStatus to, RoundPhase phase) {
        this.code = code;
        this.performer = performer;
        this.from = from;
        this.to = to;
        this.phase = phase;
    }

    /** The transition's name in audit actions and message keys. */
    public String code() {
        return code;
    }

    public Performer performer() {
        return performer;
    }

    public ReportStatus from() {
        return from;
    }

    public ReportStatus to() {
        return to;
    }

    /** The round's phase the transition needs; {@code null} when any phase will do. */
    public RoundPhase phase() {
        return phase;
    }

    public boolean isAllowedFrom(ReportStatus status) {
        return from == status;
    }

    /** Whether the table allows it from this status in this phase of the round. */
    public boolean isAllowed(ReportStatus status, RoundPhase roundPhase) {
        return from == status && (phase == null || phase == roundPhase);
    }

    /** Whether this decision removes the project (剔除). */
    public boolean removes() {
        return to == ReportStatus.REMOVED;
    }

    /** The one guard of the table: refuses, naming the status now, what the table does not allow. */
    public void requireAllowed(ReportStatus status, RoundPhase roundPhase) {
        if (!isAllowed(status, roundPhase)) {
            throw new MonitoringRefusedException("monitoring." + code + ".refused",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(status.labelKey()));
        }
    }

    /** The transitions that leave a status, in table order. */
    public static List<ReportTransition> from(ReportStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    /** The message key of the transition's name. */
    public String labelKey() {
        return "monitoring.transition." + code + ".label";
    }
}
