package cn.gov.hubei.jxt.pilot.sitevisit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Signed-off site visits, as the scoring and the proposal read them. System reads: the caller checks who may see what
 * (an expert of the application's panel may read its signed-off record: {@code SiteVisitPermissions}).
 */
public interface SiteVisits {

    /** The latest signed-off visit of the application; empty when none is signed off. */
    Optional<SiteVisitOutcome> signedOff(long applicationId);

    /** The latest signed-off visit of each of these applications that has one. */
    Map<Long, SiteVisitOutcome> signedOff(Collection<Long> applicationIds);
}
