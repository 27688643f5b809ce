package cn.gov.hubei.jxt.pilot.sitevisit;

import java.util.Arrays;
import java.util.List;

/**
 * The site visit's transition table: every legal status change and the one kind of person who performs it
 * ({@link SiteVisitPermissions} reads the performer). Planning creates a {@link SiteVisitStatus#PLANNED} visit;
 * {@code docs/state-diagrams/sitevisit.md} is generated from this table.
 */
public enum SiteVisitTransition {

    /** 开始记录: the first finding, attendee, photo or conclusion a team member records. */
    START_RECORDING("start-recording", Performer.TEAM_MEMBER, SiteVisitStatus.PLANNED, SiteVisitStatus.RECORDING),
    /** 签署: the team leader, once every item has a finding and the conclusion is set. */
    SIGN_OFF("sign-off", Performer.TEAM_LEADER, SiteVisitStatus.RECORDING, SiteVisitStatus.SIGNED_OFF),
    /** 取消 (planned): the programme office. */
    CANCEL_PLANNED("cancel", Performer.OFFICER, SiteVisitStatus.PLANNED, SiteVisitStatus.CANCELLED),
    /** 取消 (while recording): the programme office. */
    CANCEL_RECORDING("cancel", Performer.OFFICER, SiteVisitStatus.RECORDING, SiteVisitStatus.CANCELLED);

    /** Who performs a transition. */
    public enum Performer {
        /** A person acting for the programme office. */
        OFFICER,
        /** Any member of the visit's team (the leader included). */
        TEAM_MEMBER,
        /** The leader of the visit's team. */
        TEAM_LEADER
    }

    private final String code;
    private final Performer performer;
    private final SiteVisitStatus from;
    private final SiteVisitStatus to;

    SiteVisitTransition(String code, Performer performer, SiteVisitStatus from, SiteVisitStatus to) {
        this.code = code;
        this.performer = performer;
        this.from = from;
        this.to = to;
    }

    public String code() {
        return code;
    }

    public Performer performer() {
        return performer;
    }

    public SiteVisitStatus from() {
        return from;
    }

    public SiteVisitStatus to() {
        return to;
    }

    public boolean isAllowedFrom(SiteVisitStatus status) {
        return from == status;
    }

    /** The transitions that leave a status, in table order. */
    public static List<SiteVisitTransition> from(SiteVisitStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    /** The transition of this code that leaves {@code status}, if the table has one. */
    public static java.util.Optional<SiteVisitTransition> of(String code, SiteVisitStatus status) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code) && t.from == status).findFirst();
    }

    public String labelKey() {
        return "sitevisit.transition." + code + ".label";
    }
}
