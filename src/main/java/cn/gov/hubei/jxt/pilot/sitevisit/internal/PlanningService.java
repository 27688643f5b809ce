package cn.gov.hubei.jxt.pilot.sitevisit.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.calendar.CalendarDay;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.sitevisit.InspectionTeam;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisit;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitNotFoundException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPermissions;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitPlans;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRefusedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitRejectedException;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Planning and cancelling visits: who (an officer) → the application (passed formal review, the team's call and
 * division, no live visit) → the day (a working day of a loaded year) → insert with the checklist → expert members'
 * assignments → audit, in one transaction.
 */
@Service
class PlanningService implements SiteVisitPlans {

    private final SiteVisitRepository repository;
    private final SiteVisitPermissions permissions;
    private final ProjectApplications applications;
    private final WorkingDays workingDays;
    private final Checklists checklists;
    private final Grants grants;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    PlanningService(SiteVisitRepository repository, SiteVisitPermissions permissions,
                    ProjectApplications applications, WorkingDays workingDays, Checklists checklists, Grants grants,
                    AuditTrail audit, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.permissions = permissions;
        this.applications = applications;
        this.workingDays = workingDays;
        this.checklists = checklists;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public List<SiteVisit> ofCall(long callId) {
        return repository.visitsOfCall(callId);
    }

    @Override
    public List<SiteVisit> ofMember(long accountId) {
        return repository.visitsOfMember(accountId);
    }

    @Override
    public List<ApplicationSummary> candidates(long callId) {
        Set<Long> visited = repository.visitsOfCall(callId).stream()
                .filter(v -> v.status() != SiteVisitStatus.CANCELLED).map(SiteVisit::applicationId)
                .collect(Collectors.toCollection(HashSet::new));
        return applications.list(ApplicationQuery.in(ApplicationScope.ALL).call(callId)
                        .status(ApplicationStatus.FORMAL_PASSED)).stream()
                .filter(a -> !visited.contains(a.id()))
                .sorted(Comparator.comparing(ApplicationSummary::divisionCode).thenComparing(ApplicationSummary::number))
                .toList();
    }

    @Override
    public SiteVisit plan(long teamId, long applicationId, LocalDate date, CurrentUser officer) {
        requireOfficer(officer);
        InspectionTeam team = repository.team(teamId).orElseThrow(() -> new SiteVisitNotFoundException("team", teamId));
        ApplicationSummary application = applications.find(applicationId, ApplicationScope.ALL)
                .filter(a -> a.callId() == team.callId())
                .orElseThrow(() -> new SiteVisitRejectedException("applicationId", "sitevisit.plan.application.unknown"));
        if (application.status() != ApplicationStatus.FORMAL_PASSED) {
            throw new SiteVisitRejectedException("applicationId", "sitevisit.plan.application.not-passed");
        }
        if (!application.divisionCode().equals(team.divisionCode())) {
            throw new SiteVisitRejectedException("applicationId", "sitevisit.plan.application.other-division");
        }
        requireWorkingDay(date);
        try {
            return tx.execute(status -> {
                repository.lockTeam(teamId);
                if (repository.hasLiveVisit(applicationId)) {
                    throw new SiteVisitRejectedException("applicationId", "sitevisit.plan.application.planned");
                }
                Instant now = clock.instant();
                long id = repository.insertVisit(applicationId, teamId, date, officer.username(), now);
                int position = 1;
                for (Checklists.Entry entry : checklists.entries(application)) {
                    repository.insertItem(id, position++, entry.source(), entry.modeCode(), entry.number(),
                            entry.grouping(), entry.text());
                }
                grants.reconcileTeam(teamId, officer.username());
                audit.record(AuditRecord.of("sitevisit.planned").target("site-visit", id)
                        .actor(officer.username(), null).detail("applicationId", applicationId)
                        .detail("teamId", teamId).detail("date", date.toString()).detail("items", position - 1)
                        .build());
                return repository.visit(id).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            throw new SiteVisitRejectedException("applicationId", "sitevisit.plan.application.planned");
        }
    }

    @Override
    public SiteVisit cancel(long visitId, int version, CurrentUser officer) {
        requireOfficer(officer);
        return tx.execute(status -> {
            SiteVisit visit = repository.lockVisit(visitId)
                    .orElseThrow(() -> new SiteVisitNotFoundException("visit", visitId));
            if (!permissions.canCancel(officer, visit)) {
                throw new SiteVisitRefusedException("sitevisit.cancel.refused",
                        cn.gov.hubei.jxt.pilot.shared.FieldProblem.label(visit.status().labelKey()));
            }
            if (!repository.cancel(visitId, version, officer.username(), clock.instant())) {
                throw new SiteVisitRefusedException("sitevisit.stale");
            }
            grants.reconcileTeam(visit.teamId(), officer.username());
            audit.record(AuditRecord.of("sitevisit.cancelled").target("site-visit", visitId)
                    .actor(officer.username(), null).detail("from", visit.status().name()).build());
            return repository.visit(visitId).orElseThrow();
        });
    }

    /** Refuses, beside the date, a day that is not a working day or lies in a year the calendar lacks. */
    private void requireWorkingDay(LocalDate date) {
        if (date == null) {
            throw new SiteVisitRejectedException("date", "sitevisit.plan.date.required");
        }
        try {
            if (!workingDays.isWorkingDay(date)) {
                CalendarDay day = workingDays.describe(date);
                String holiday = day.name();
                if (holiday != null && !holiday.isBlank()) {
                    throw new SiteVisitRejectedException("date", "sitevisit.plan.date.holiday", date.toString(),
                            holiday);
                }
                throw new SiteVisitRejectedException("date", "sitevisit.plan.date.weekend", date.toString());
            }
        } catch (CalendarNotLoadedException e) {
            throw new SiteVisitRejectedException("date", "sitevisit.plan.date.year-not-loaded",
                    String.valueOf(e.year()));
        }
    }

    private void requireOfficer(CurrentUser officer) {
        if (!permissions.canManage(officer)) {
            throw new SiteVisitRefusedException("sitevisit.not-officer");
        }
    }
}
