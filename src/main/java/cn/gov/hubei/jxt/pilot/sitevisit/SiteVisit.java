package cn.gov.hubei.jxt.pilot.sitevisit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A site visit as lists and permission checks see it: the application visited, the team, the day and where it stands.
 *
 * @param version optimistic-lock version of the visit (conclusion, sign-off, cancellation)
 */
public record SiteVisit(long id, long applicationId, String applicationNumber, String projectName,
                        String enterpriseName, String divisionCode, long callId, long teamId, String teamName,
                        long leaderId, LocalDate visitDate, SiteVisitStatus status, SiteVisitConclusion conclusion,
                        String summary, int version, String plannedBy, Instant plannedAt, String signedOffName,
                        Instant signedOffAt) {
}
