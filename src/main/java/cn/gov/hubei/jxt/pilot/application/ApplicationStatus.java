package cn.gov.hubei.jxt.pilot.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. The moves between these statuses are listed in {@link ApplicationTransition} and
 * nowhere else. Filing (草稿 → 已提交), recommendation by the division's 经信局 (已推荐 / 不予推荐 / 退回修改) and the
 * province's formal review (形式审查: 通过 / 待补正 → 已补正 / 未通过) each add their statuses here.
 */
public enum ApplicationStatus {
    /** 草稿: being written by the enterprise, never submitted. */
    DRAFT,
    /** 已提交: frozen as a numbered version and with the division's recommender. */
    SUBMITTED,
    /** 已撤回: withdrawn by the enterprise before recommendation; it takes no further part in the call. */
    WITHDRAWN,
    /** 已退回修改: returned by the recommender for revision; editable again, the next submission is version n+1. */
    RETURNED,
    /** 已推荐: the recommender recommends it to the province; it is on the division's ranked list. */
    RECOMMENDED,
    /** 不予推荐: the recommender does not recommend it (with the reason). */
    NOT_RECOMMENDED,
    /** 待补正: the province's formal review asks the enterprise to correct it by a deadline; editable again. */
    CORRECTION_REQUESTED,
    /** 已补正: corrected and submitted again as version n+1; waits for the province's formal review again. */
    CORRECTED,
    /** 形式审查通过: passed the formal review; goes on to site visits and the expert review. */
    FORMAL_PASSED,
    /** 形式审查未通过: failed the formal review (with reason code and text); takes no further part in the call. */
    FORMAL_FAILED;

    /** The enterprise may change the sections and the files. */
    public static final Set<ApplicationStatus> EDITABLE = group(DRAFT, RETURNED, CORRECTION_REQUESTED);

    /** The recommender of the division sees the submitted versions (read-only). */
    public static final Set<ApplicationStatus> VISIBLE_TO_RECOMMENDER = group(SUBMITTED, RETURNED, RECOMMENDED,
            NOT_RECOMMENDED, CORRECTION_REQUESTED, CORRECTED, FORMAL_PASSED, FORMAL_FAILED);

    /** Counted against the call's cap of projects per enterprise (每家企业限报项目数): every one not withdrawn. */
    public static final Set<ApplicationStatus> COUNTED_AGAINST_CAP = group(DRAFT, SUBMITTED, RETURNED, RECOMMENDED,
            NOT_RECOMMENDED, CORRECTION_REQUESTED, CORRECTED, FORMAL_PASSED, FORMAL_FAILED);

    /** Sent on to the province by the recommender: the province's intake and formal review see these. */
    public static final Set<ApplicationStatus> WITH_PROVINCE = group(RECOMMENDED, CORRECTION_REQUESTED, CORRECTED,
            FORMAL_PASSED, FORMAL_FAILED);

    /** Waiting for the province's formal review (first time or after a correction). */
    public static final Set<ApplicationStatus> AWAITING_FORMAL_REVIEW = group(RECOMMENDED, CORRECTED);

    /** Nothing changes any more in this call. */
    public static final Set<ApplicationStatus> FINAL = group(WITHDRAWN, FORMAL_FAILED);

    public boolean isIn(Set<ApplicationStatus> group) {
        return group.contains(this);
    }

    private static Set<ApplicationStatus> group(ApplicationStatus first, ApplicationStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
