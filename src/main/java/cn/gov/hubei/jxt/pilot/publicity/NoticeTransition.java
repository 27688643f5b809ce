package cn.gov.hubei.jxt.pilot.publicity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The public notice's transition table: every legal status change and its one performer. The officer releases (or
 * discards) a draft; the clock opens a released notice on its start day and closes an open one after its end day.
 * Pages offer exactly the officer's transitions, the clock job performs exactly the clock's, and the state diagram in
 * {@code docs/state-diagrams/publicity.md} is generated from this table.
 */
public enum NoticeTransition {

    /** 发布: the draft becomes public and the proposal's decisions are released at the same instant. */
    RELEASE("release", Performer.OFFICER, NoticeStatus.DRAFT, NoticeStatus.RELEASED),
    /** 放弃: the draft is deleted (the call may be drafted again). */
    DISCARD("discard", Performer.OFFICER, NoticeStatus.DRAFT, null),
    /** 开始公示: on the start day (00:00 Asia/Shanghai). */
    OPEN("open", Performer.CLOCK, NoticeStatus.RELEASED, NoticeStatus.OPEN),
    /** 公示结束: after the end day (the next day's 00:00 Asia/Shanghai). */
    CLOSE("close", Performer.CLOCK, NoticeStatus.OPEN, NoticeStatus.CLOSED);

    /** Who performs a transition. */
    public enum Performer {
        /** The programme office (an officer acting, not an administrator). */
        OFFICER,
        /** The application clock with the working-day calendar. */
        CLOCK
    }

    private final String code;
    private final Performer performer;
    private final NoticeStatus from;
    private final NoticeStatus to;

    NoticeTransition(String code, Performer performer, NoticeStatus from, NoticeStatus to) {
        this.code = code;
        this.performer = performer;
        this.from = from;
        this.to = to;
    }

    /** The transition's name in URLs, audit actions ({@code publicity.<code>}) and message keys. */
    public String code() {
        return code;
    }

    public Performer performer() {
        return performer;
    }

    public NoticeStatus from() {
        return from;
    }

    /** The status after the transition; empty when the notice ceases to exist (a discarded draft). */
    public Optional<NoticeStatus> to() {
        return Optional.ofNullable(to);
    }

    public boolean isAllowedFrom(NoticeStatus status) {
        return from == status;
    }

    /** The one guard of the table: refuses, with the notice's status in words, what the table does not allow. */
    public void requireAllowedFrom(NoticeStatus status) {
        if (!isAllowedFrom(status)) {
            throw new PublicityRefusedException("publicity." + code + ".refused",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(status.labelKey()));
        }
    }

    /** The transitions that leave a status, in table order. */
    public static List<NoticeTransition> from(NoticeStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    /** The clock's transition that leaves a status, if any. */
    public static Optional<NoticeTransition> clockFrom(NoticeStatus status) {
        return Arrays.stream(values()).filter(t -> t.performer == Performer.CLOCK && t.isAllowedFrom(status))
                .findFirst();
    }

    /** The message key of the transition's name. */
    public String labelKey() {
        return "publicity.transition." + code + ".label";
    }
}
