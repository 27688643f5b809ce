package cn.gov.hubei.jxt.pilot.review;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Arrays;
import java.util.List;

/**
 * The score sheet's transition table: every legal status change and the one performer of each. A sheet is created as
 * a {@link SheetStatus#DRAFT} when its expert first opens it; saving a draft is not a transition. The services
 * perform exactly these, the pages offer exactly these, and {@code docs/state-diagrams/review-sheet.md} is generated
 * from this table.
 */
public enum SheetTransition {

    /** 提交: the seated expert, while the meeting is under way; every criterion scored and the opinion written. */
    SUBMIT("submit", Performer.EXPERT, false, SheetStatus.DRAFT, SheetStatus.SUBMITTED),
    /** 解锁: the programme office gives a submitted sheet back to its expert, with the reason (the expert is told). */
    UNLOCK("unlock", Performer.OFFICER, true, SheetStatus.SUBMITTED, SheetStatus.DRAFT);

    /** Who performs a transition. */
    public enum Performer {
        /** The expert holding the seat (专家). */
        EXPERT,
        /** The programme office (省经信厅), an officer acting who is not an administrator. */
        OFFICER
    }

    private final String code;
    private final Performer performer;
    private final boolean reasonRequired;
    private final SheetStatus from;
    private final SheetStatus to;

    SheetTransition(String code, Performer performer, boolean reasonRequired, SheetStatus from, SheetStatus to) {
        this.code = code;
        this.performer = performer;
        this.reasonRequired = reasonRequired;
        this.from = from;
        this.to = to;
    }

    public String code() {
        return code;
    }

    public Performer performer() {
        return performer;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public SheetStatus from() {
        return from;
    }

    public SheetStatus to() {
        return to;
    }

    public boolean isAllowedFrom(SheetStatus status) {
        return from == status;
    }

    /** The one guard of the table: refuses, naming the sheet's status now, what the table does not allow. */
    public void requireAllowedFrom(SheetStatus status) {
        if (!isAllowedFrom(status)) {
            throw new ReviewRefusedException("review.sheet." + code + ".refused",
                    new DefaultMessageSourceResolvable(status.labelKey()));
        }
    }

    public static List<SheetTransition> from(SheetStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    public String labelKey() {
        return "review.sheet.transition." + code + ".label";
    }
}
