package cn.gov.hubei.jxt.pilot.call;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a call stands. The moves between these statuses are listed in {@link CallTransition}, and nowhere else.
 * Later stages (review, 公示, designation) are added here and in the transition table.
 */
public enum CallStatus {
    /** 草稿: being prepared by the programme office, invisible to everyone else. */
    DRAFT,
    /** 已发布，待开始申报: announced; the filing window has not opened yet. */
    PUBLISHED,
    /** 申报中: enterprises may file and submit applications. */
    FILING_OPEN,
    /** 申报已截止，推荐中: recommenders check, rank and submit until their deadline. */
    FILING_CLOSED,
    /** 推荐已截止: the recommenders' deadline has passed. */
    RECOMMENDATION_CLOSED,
    /** 已撤销: withdrawn by the programme office before filing opened. */
    CANCELLED;

    /** Every term of the call may still change. */
    public static final Set<CallStatus> FULLY_EDITABLE = group(DRAFT, PUBLISHED);

    /**
     * Filing is under way: only what does not change the rules for applications already filed may change (the
     * closing time, the recommenders' deadline, the quota, the notice), e.g. to extend the window.
     */
    public static final Set<CallStatus> EXTENDABLE = group(FILING_OPEN);

    /** Nothing may change any more. */
    public static final Set<CallStatus> READ_ONLY = group(FILING_CLOSED, RECOMMENDATION_CLOSED, CANCELLED);

    /** Announced to enterprises and recommenders and not withdrawn: the call is under way or done. */
    public static final Set<CallStatus> ANNOUNCED = group(PUBLISHED, FILING_OPEN, FILING_CLOSED, RECOMMENDATION_CLOSED);

    public boolean isIn(Set<CallStatus> group) {
        return group.contains(this);
    }

    /** Whether any term may be edited in this status. */
    public boolean isEditable() {
        return isIn(FULLY_EDITABLE) || isIn(EXTENDABLE);
    }

    private static Set<CallStatus> group(CallStatus first, CallStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
