package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringPermissions;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRefusedException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRejectedException;
import cn.gov.hubei.jxt.pilot.monitoring.Report;
import cn.gov.hubei.jxt.pilot.monitoring.ReportStatus;
import cn.gov.hubei.jxt.pilot.monitoring.ReportingRounds;
import cn.gov.hubei.jxt.pilot.monitoring.Round;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The office's reporting rounds: opening (one per year), and the reports of the designations valid at it. */
@Service
class RoundService implements ReportingRounds {

    private final MonitoringRepository repository;
    private final ReportReading reading;
    private final MonitoringClock monitoringClock;
    private final MonitoringPermissions permissions;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    RoundService(MonitoringRepository repository, ReportReading reading, MonitoringClock monitoringClock,
                 MonitoringPermissions permissions, WorkingDays workingDays, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.reading = reading;
        this.monitoringClock = monitoringClock;
        this.permissions = permissions;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Round> all(CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            return List.of();
        }
        Map<Long, Map<String, Integer>> counts = repository.countsByRound();
        return repository.rounds().stream().map(r -> view(r, counts.getOrDefault(r.id(), Map.of()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Round> find(long roundId, CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            return Optional.empty();
        }
        return repository.round(roundId).map(r -> view(r, repository.countsByRound().getOrDefault(r.id(), Map.of())));
    }

    private Round view(MonitoringRepository.RoundRow r, Map<String, Integer> counts) {
        int total = counts.entrySet().stream().filter(e -> !e.getKey().equals("OVERDUE"))
                .mapToInt(Map.Entry::getValue).sum();
        int unsubmitted = counts.getOrDefault(ReportStatus.DRAFT.name(), 0)
                + counts.getOrDefault(ReportStatus.RETURNED.name(), 0);
        return new Round(r.id(), r.year(), r.title(), r.opensOn(), r.deadline(), reading.phase(r), total,
                total - unsubmitted, counts.getOrDefault("OVERDUE", 0));
    }

    @Override
    @Transactional
    public Round open(int year, String opensOnText, String deadlineText, CurrentUser officer) {
        if (!permissions.canOpenRound(officer)) {
            throw new MonitoringRefusedException("monitoring.not-officer");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2020 || year > today.getYear() + 1) {
            problems.add(FieldProblem.invalid("year", "monitoring.field.year.invalid"));
        }
        LocalDate opensOn = date(opensOnText, "opensOn", problems);
        LocalDate deadline = date(deadlineText, "deadline", problems);
        if (opensOn != null && opensOn.isBefore(today)) {
            problems.add(FieldProblem.invalid("opensOn", "monitoring.field.opens-on.past"));
        }
        if (deadline != null && opensOn != null && !deadline.isAfter(opensOn)) {
            problems.add(FieldProblem.invalid("deadline", "monitoring.field.deadline.before-opening"));
        } else if (deadline != null && !workingDay(deadline)) {
            problems.add(FieldProblem.invalid("deadline", "monitoring.field.deadline.not-working-day"));
        }
        if (problems.isEmpty() && repository.roundOfYear(year).isPresent()) {
            problems.add(FieldProblem.invalid("year", "monitoring.field.year.taken", year));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringRejectedException(problems);
        }
        String title = year + "年度报告";
        long id = repository.insertRound(year, title, opensOn, deadline, officer.username(), clock.instant());
        if (id == 0) {
            throw new MonitoringRejectedException(List.of(FieldProblem.invalid("year", "monitoring.field.year.taken",
                    year)));
        }
        audit.record(AuditRecord.of("monitoring.round-opened").target("monitoring_round", id)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("year", year).detail("opensOn", opensOn.toString()).detail("deadline", deadline.toString())
                .build());
        monitoringClock.startDueRounds();
        return find(id, officer).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Report> reports(long roundId, CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            return List.of();
        }
        return repository.reports(roundId, null, null, null).stream().map(reading::summary).toList();
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.missing(field, "monitoring.field.date.missing"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.invalid(field, "monitoring.field.date.invalid"));
            return null;
        }
    }

    /** Whether the day is a working day; a year whose calendar is not loaded yet counts as not (the message says so). */
    private boolean workingDay(LocalDate day) {
        try {
            return workingDays.isWorkingDay(day);
        } catch (CalendarNotLoadedException e) {
            return false;
        }
    }
}
