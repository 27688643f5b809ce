package cn.gov.hubei.jxt.pilot.expert;

import java.util.Collection;
import java.util.List;

/**
 * Conflicts of interest (回避) between experts and applications: the automatic ones (employer is the applicant by credit
 * code or normalised name, same group of companies where known, works for the recommending division) computed from the
 * current records, and the declared ones. A conflict, once known, excludes the pair from every draw and from reading
 * the application: the modules of the review ask here. System reads; declaring goes through this module's pages/API.
 */
public interface ConflictsOfInterest {

    /** Every conflict (automatic and declared) between any of these experts and any of these applications. */
    List<Conflict> between(Collection<Long> expertIds, Collection<Long> applicationIds);

    /** Whether the expert has any conflict with the application. */
    boolean conflicted(long expertId, long applicationId);
}
