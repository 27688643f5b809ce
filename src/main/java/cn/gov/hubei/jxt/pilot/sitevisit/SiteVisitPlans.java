package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.time.LocalDate;
import java.util.List;

/**
 * Planning site visits: an application of the call that passed formal review, visited by a team of its division on a
 * working day ({@code calendar.WorkingDays}). Planning takes the checklist (a snapshot); the programme office may
 * cancel a visit before it is signed off.
 */
public interface SiteVisitPlans {

    /** The call's visits (every status), by division, then date, then application number. */
    List<SiteVisit> ofCall(long callId);

    /** The visits of the teams this account is a member of, by date. */
    List<SiteVisit> ofMember(long accountId);

    /** The call's applications that passed formal review and have no live visit, by division then number. */
    List<ApplicationSummary> candidates(long callId);

    /**
     * Plans a visit and takes its checklist.
     *
     * @throws SiteVisitNotFoundException when there is no such team or application
     * @throws SiteVisitRejectedException when the date is not a working day, lies in a year the calendar lacks, the
     *                                    application did not pass formal review, belongs to another call or division,
     *                                    or already has a live visit
     */
    SiteVisit plan(long teamId, long applicationId, LocalDate date, CurrentUser officer);

    /**
     * Cancels a visit not yet signed off.
     *
     * @throws SiteVisitRefusedException when it is signed off or cancelled, or changed meanwhile ({@code version})
     */
    SiteVisit cancel(long visitId, int version, CurrentUser officer);
}
