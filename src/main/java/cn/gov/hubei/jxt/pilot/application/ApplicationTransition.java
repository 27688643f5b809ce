package cn.gov.hubei.jxt.pilot.application;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The application's transition table: every legal status change, who performs it and whether a reason is required.
 * The service performs exactly these, the pages offer exactly these, and {@code docs/state-diagrams/application.md}
 * is generated from this table. The recommendation stage adds its rows here.
 */
public enum ApplicationTransition {

    SUBMIT("submit", Actor.APPLICANT, false, ApplicationStatus.SUBMITTED,
            ApplicationStatus.DRAFT, ApplicationStatus.RETURNED),
    WITHDRAW("withdraw", Actor.APPLICANT, true, ApplicationStatus.WITHDRAWN, ApplicationStatus.SUBMITTED),
    RETURN("return", Actor.RECOMMENDER, true, ApplicationStatus.RETURNED, ApplicationStatus.SUBMITTED);

    /** Who performs a transition. */
    public enum Actor {
        /** Staff of the enterprise (申报单位). */
        APPLICANT,
        /** The division's 经信局 (推荐单位). */
        RECOMMENDER
    }

    private final String code;
    private final Actor actor;
    private final boolean reasonRequired;
    private final ApplicationStatus to;
    private final Set<ApplicationStatus> from;

    ApplicationTransition(String code, Actor actor, boolean reasonRequired, ApplicationStatus to,
                          ApplicationStatus firstFrom, ApplicationStatus... moreFrom) {
        this.code = code;
        this.actor = actor;
        this.reasonRequired = reasonRequired;
        this.to = to;
        this.from = Collections.unmodifiableSet(EnumSet.of(firstFrom, moreFrom));
    }

    /** The transition's name in URLs, audit actions ({@code application.<code>}) and message keys. */
    public String code() {
        return code;
    }

    public Actor actor() {
        return actor;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public ApplicationStatus to() {
        return to;
    }

    public Set<ApplicationStatus> from() {
        return from;
    }

    public boolean isAllowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    public static Optional<ApplicationTransition> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
