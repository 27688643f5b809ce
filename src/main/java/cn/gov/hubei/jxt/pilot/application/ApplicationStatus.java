package cn.gov.hubei.jxt.pilot.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. The moves between these statuses are listed in {@link ApplicationTransition} and
 * nowhere else. The recommendation stage (推荐, 推荐未通过 …) adds its statuses here and its rows there.
 */
public enum ApplicationStatus {
    /** 草稿: being written by the enterprise, never submitted. */
    DRAFT,
    /** 已提交: frozen as a numbered version and with the division's recommender. */
    SUBMITTED,
    /** 已撤回: withdrawn by the enterprise before recommendation; it takes no further part in the call. */
    WITHDRAWN,
    /** 已退回修改: returned by the recommender for revision; editable again, the next submission is version n+1. */
    RETURNED;

    /** The enterprise may change the sections and the files. */
    public static final Set<ApplicationStatus> EDITABLE = group(DRAFT, RETURNED);

    /** The recommender of the division sees the submitted versions (read-only). */
    public static final Set<ApplicationStatus> VISIBLE_TO_RECOMMENDER = group(SUBMITTED, RETURNED);

    /** Counted against the call's cap of projects per enterprise (每家企业限报项目数). */
    public static final Set<ApplicationStatus> COUNTED_AGAINST_CAP = group(DRAFT, SUBMITTED, RETURNED);

    /** Nothing changes any more. */
    public static final Set<ApplicationStatus> FINAL = group(WITHDRAWN);

    public boolean isIn(Set<ApplicationStatus> group) {
        return group.contains(this);
    }

    private static Set<ApplicationStatus> group(ApplicationStatus first, ApplicationStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
