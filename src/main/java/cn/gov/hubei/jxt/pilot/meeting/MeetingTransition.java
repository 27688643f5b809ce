package cn.gov.hubei.jxt.pilot.meeting;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Arrays;
import java.util.List;

/**
 * The review meeting's transition table: every legal status change and its one performer. Every transition is the
 * programme office's (an officer acting, not an administrator: {@link MeetingPermissions}); the experts' answers
 * (accept, decline, pledge) change their invitation, not the meeting. The state diagram in
 * {@code docs/state-diagrams/meeting.md} is generated from this table.
 */
public enum MeetingTransition {

    /** 抽取专家: the seeded draw of the seats and the reserves; invitations go out. */
    DRAW("draw", Performer.OFFICER, MeetingStatus.PLANNED, MeetingStatus.DRAWN),
    /** 撤销抽取: back to planning, only while no drawn expert has accepted. */
    CANCEL_DRAW("cancel-draw", Performer.OFFICER, MeetingStatus.DRAWN, MeetingStatus.PLANNED),
    /** 开始评审: on or after the meeting date; unseals the panels to the meeting's experts. */
    START("start", Performer.OFFICER, MeetingStatus.DRAWN, MeetingStatus.STARTED),
    /** 结束评审: scoring closes. */
    CLOSE("close", Performer.OFFICER, MeetingStatus.STARTED, MeetingStatus.CLOSED);

    /** Who performs a transition. */
    public enum Performer { OFFICER }

    private final String code;
    private final Performer performer;
    private final MeetingStatus from;
    private final MeetingStatus to;

    MeetingTransition(String code, Performer performer, MeetingStatus from, MeetingStatus to) {
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

    public MeetingStatus from() {
        return from;
    }

    public MeetingStatus to() {
        return to;
    }

    public boolean isAllowedFrom(MeetingStatus status) {
        return from == status;
    }

    /** The one guard of the table: refuses, naming the meeting's status now, what the table does not allow. */
    public void requireAllowedFrom(MeetingStatus status) {
        if (!isAllowedFrom(status)) {
            throw new MeetingRefusedException("meeting." + code + ".refused",
                    new DefaultMessageSourceResolvable(new String[]{status.labelKey()}, status.name()));
        }
    }

    /** The transitions that leave a status, in table order. */
    public static List<MeetingTransition> from(MeetingStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    /** The message key of the transition's name. */
    public String labelKey() {
        return "meeting.transition." + code + ".label";
    }
}
