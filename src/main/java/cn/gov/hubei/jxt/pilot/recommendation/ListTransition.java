package cn.gov.hubei.jxt.pilot.recommendation;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The recommendation list's transition table: every legal change of a division's {@link ListStatus}, who performs it
 * and what it requires. The services perform exactly these, the pages offer exactly these, and
 * {@code docs/state-diagrams/recommendation-list.md} is generated from this table.
 */
public enum ListTransition {

    /** 报送: the division's recommender sends the ranked list with the stamped summary table to the province. */
    SUBMIT("submit", Actor.RECOMMENDER, false, ListStatus.SUBMITTED, ListStatus.OPEN),
    /**
     * 重新开放: the programme office gives a submitted list back to its recommender, with the reason and, if it sets
     * one, a new deadline for the division (without one the list stays open until submitted again).
     */
    REOPEN("reopen", Actor.OFFICER, true, ListStatus.OPEN, ListStatus.SUBMITTED);

    /** Who performs a transition of the list. */
    public enum Actor {
        /** The division's 经信局 (推荐单位). */
        RECOMMENDER,
        /** The programme office (省经信厅). */
        OFFICER
    }

    private final String code;
    private final Actor actor;
    private final boolean reasonRequired;
    private final ListStatus to;
    private final Set<ListStatus> from;

    ListTransition(String code, Actor actor, boolean reasonRequired, ListStatus to, ListStatus firstFrom,
                   ListStatus... moreFrom) {
        this.code = code;
        this.actor = actor;
        this.reasonRequired = reasonRequired;
        this.to = to;
        this.from = Collections.unmodifiableSet(EnumSet.of(firstFrom, moreFrom));
    }

    /** The transition's name in URLs, audit actions ({@code recommendation.<code>…}) and message keys. */
    public String code() {
        return code;
    }

    public Actor actor() {
        return actor;
    }

    /** Whether the performer must say why (kept with the list's history). */
    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** Whether the transition may carry a new deadline for the division: reopening may set one. */
    public boolean takesDeadline() {
        return this == REOPEN;
    }

    public ListStatus to() {
        return to;
    }

    public Set<ListStatus> from() {
        return from;
    }

    public boolean isAllowedFrom(ListStatus status) {
        return from.contains(status);
    }

    public static Optional<ListTransition> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
