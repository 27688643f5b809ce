package cn.gov.hubei.jxt.pilot.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The named groups of application statuses that rules, lists and queries use, registered here and nowhere else.
 * Each is computed from the statuses (see {@link ApplicationStatus}), so a status added later falls into the right
 * groups by what it is, not by someone remembering a list. The state diagram shows them.
 */
public enum ApplicationStatusGroup {

    /** The enterprise may change the sections and the files. */
    EDITABLE(ApplicationStatus.EDITABLE),
    /** The recommender of the division sees the submitted versions (read-only). */
    VISIBLE_TO_RECOMMENDER(ApplicationStatus.VISIBLE_TO_RECOMMENDER),
    /** Counted against the call's cap of projects per enterprise (每家企业限报项目数). */
    COUNTED_AGAINST_CAP(ApplicationStatus.COUNTED_AGAINST_CAP),
    /** Sent on to the province by the recommender: the province's intake and formal review see these. */
    WITH_PROVINCE(ApplicationStatus.WITH_PROVINCE),
    /** Waiting for the province's formal review (first time or after a correction). */
    AWAITING_FORMAL_REVIEW(ApplicationStatus.AWAITING_FORMAL_REVIEW),
    /** Nothing changes any more in this call. */
    FINAL(ApplicationStatus.FINAL);

    private final Set<ApplicationStatus> statuses;

    ApplicationStatusGroup(Set<ApplicationStatus> statuses) {
        this.statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
    }

    public Set<ApplicationStatus> statuses() {
        return statuses;
    }

    public boolean contains(ApplicationStatus status) {
        return statuses.contains(status);
    }
}
