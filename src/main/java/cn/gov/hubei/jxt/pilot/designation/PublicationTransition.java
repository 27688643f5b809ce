package cn.gov.hubei.jxt.pilot.designation;

import java.util.Arrays;
import java.util.List;

/**
 * The publication's transition table: every legal change, each with its one performer (the programme office, an
 * officer acting and not an administrator: {@link DesignationPermissions}). The state diagram in
 * {@code docs/state-diagrams/designation.md} is generated from this table.
 */
public enum PublicationTransition {

    /** 更正文号: a typo in the document number, before any certificate carries it. */
    CORRECT_NUMBER("correct-number", Performer.OFFICER, PublicationStatus.PUBLISHED, PublicationStatus.PUBLISHED),
    /** 制发证书: one certificate per designated project, all at once. */
    ISSUE_CERTIFICATES("issue-certificates", Performer.OFFICER, PublicationStatus.PUBLISHED,
            PublicationStatus.CERTIFIED);

    /** Who takes a transition. */
    public enum Performer { OFFICER }

    private final String code;
    private final Performer performer;
    private final PublicationStatus from;
    private final PublicationStatus to;

    PublicationTransition(String code, Performer performer, PublicationStatus from, PublicationStatus to) {
        this.code = code;
        this.performer = performer;
        this.from = from;
        this.to = to;
    }

    /** The transition's name in audit actions and message keys. */
    public String code() {
        return code;
    }

    public Performer performer() {
        return performer;
    }

    public PublicationStatus from() {
        return from;
    }

    public PublicationStatus to() {
        return to;
    }

    public boolean isAllowedFrom(PublicationStatus status) {
        return from == status;
    }

    /** The one guard of the table: refuses, naming the status now, what the table does not allow. */
    public void requireAllowedFrom(PublicationStatus status) {
        if (!isAllowedFrom(status)) {
            throw new DesignationRefusedException("designation." + code + ".refused",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(status.labelKey()));
        }
    }

    /** The transitions that leave a status, in table order. */
    public static List<PublicationTransition> from(PublicationStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    /** The message key of the transition's name. */
    public String labelKey() {
        return "designation.transition." + code + ".label";
    }
}
