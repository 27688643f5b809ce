package cn.gov.hubei.jxt.pilot.sitevisit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The signed-off outcome of the site visit of one application.
 *
 * @param summary    the team's conclusion in words
 * @param signedOffBy the team leader's display name
 */
public record SiteVisitOutcome(long visitId, long applicationId, LocalDate visitDate, SiteVisitConclusion conclusion,
                               String summary, String signedOffBy, Instant signedOffAt) {
}
