package cn.gov.hubei.jxt.pilot.application;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The named groups of application statuses that rules, lists and queries use, registered here and nowhere else.
 * Each is computed from the statuses' properties (see {@link ApplicationStatus}) or from the transition table, never
 * kept as a list, so a status added later falls into the right groups by what it is, not by someone remembering a
 * list. The state diagram ({@code docs/state-diagrams/application.md}) shows them.
 */
public enum ApplicationStatusGroup {

    /** The enterprise may change the sections and the files: it holds the pen. */
    EDITABLE(ApplicationStatus::enterpriseEdits),
    /**
     * The recommender of the division sees the submitted versions (read-only): every application submitted at least
     * once, except one its enterprise withdrew.
     */
    VISIBLE_TO_RECOMMENDER(s -> s.everSubmitted() && !s.isWithdrawn()),
    /** Counted against the call's cap of projects per enterprise (每家企业限报项目数): every one not withdrawn. */
    COUNTED_AGAINST_CAP(s -> !s.isWithdrawn()),
    /** Sent on to the province by the recommender: the province's intake and formal review see these. */
    WITH_PROVINCE(s -> s.reach() == ApplicationStatus.Reach.PROVINCE),
    /**
     * Waiting for the province's formal review (first time or after a correction): the statuses from which the
     * formal review may give its verdict ({@link ApplicationTransition#PASS_FORMAL}'s from column).
     */
    AWAITING_FORMAL_REVIEW(s -> ApplicationTransition.PASS_FORMAL.isAllowedFrom(s)),
    /** Nothing changes any more in this call: the terminal statuses. */
    FINAL(ApplicationStatus::isTerminal);

    private final Set<ApplicationStatus> statuses;

    ApplicationStatusGroup(Predicate<ApplicationStatus> member) {
        EnumSet<ApplicationStatus> set = EnumSet.noneOf(ApplicationStatus.class);
        Arrays.stream(ApplicationStatus.values()).filter(member).forEach(set::add);
        this.statuses = Collections.unmodifiableSet(set);
    }

    /** The group's statuses, in the order of {@link ApplicationStatus}. */
    public Set<ApplicationStatus> statuses() {
        return statuses;
    }

    public boolean contains(ApplicationStatus status) {
        return statuses.contains(status);
    }

    /** The groups a status belongs to, in the order of this registry. */
    public static Set<ApplicationStatusGroup> of(ApplicationStatus status) {
        EnumSet<ApplicationStatusGroup> groups = EnumSet.noneOf(ApplicationStatusGroup.class);
        Arrays.stream(values()).filter(g -> g.contains(status)).forEach(groups::add);
        return Collections.unmodifiableSet(groups);
    }
}
