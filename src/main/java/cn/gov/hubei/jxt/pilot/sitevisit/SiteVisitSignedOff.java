package cn.gov.hubei.jxt.pilot.sitevisit;

import java.time.Instant;

/** Published in the transaction in which the team leader signs a visit off. */
public record SiteVisitSignedOff(long visitId, long applicationId, SiteVisitConclusion conclusion, String plannedBy,
                                 String signedOffBy, Instant signedOffAt) {
}
