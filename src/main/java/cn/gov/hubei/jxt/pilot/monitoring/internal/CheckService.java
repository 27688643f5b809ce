package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationStatus;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringNotFoundException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringPermissions;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRefusedException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRejectedException;
import cn.gov.hubei.jxt.pilot.monitoring.NewSpotCheck;
import cn.gov.hubei.jxt.pilot.monitoring.SpotCheck;
import cn.gov.hubei.jxt.pilot.monitoring.SpotChecks;
import cn.gov.hubei.jxt.pilot.platform.StoredJson;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitChecklists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 抽查: the site-visit checklist of the designated application, a finding per item, the conclusion; 限期整改 with a
 * deadline (a working day after today) and what to fix, 剔除 with a reason (the designation revoked in the same
 * transaction). Audited; the unit and the division are told.
 */
@Service
class CheckService implements SpotChecks {

    static final Set<String> FINDINGS = Set.of("MET", "PARTLY", "NOT_MET");

    private final MonitoringRepository repository;
    private final Designations designations;
    private final SiteVisitChecklists checklists;
    private final Publications publications;
    private final MonitoringPermissions permissions;
    private final MonitoringClock people;
    private final WorkingDays workingDays;
    private final FileStore files;
    private final AuditTrail audit;
    private final Clock clock;

    CheckService(MonitoringRepository repository, Designations designations, SiteVisitChecklists checklists,
                 Publications publications, MonitoringPermissions permissions, MonitoringClock people,
                 WorkingDays workingDays, FileStore files, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.designations = designations;
        this.checklists = checklists;
        this.publications = publications;
        this.permissions = permissions;
        this.people = people;
        this.workingDays = workingDays;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SpotCheck.Item> checklist(long designationId, CurrentUser officer) {
        DesignatedProject d = designation(designationId, officer);
        return checklists.checklist(d.applicationId()).stream()
                .map(e -> new SpotCheck.Item(e.source(), e.modeCode(), e.number(), e.grouping(), e.text(), null,
                        null)).toList();
    }

    private DesignatedProject designation(long designationId, CurrentUser officer) {
        if (!permissions.canCheck(officer)) {
            throw new MonitoringNotFoundException("designation");
        }
        return designations.find(designationId).orElseThrow(() -> new MonitoringNotFoundException("designation"));
    }

    @Override
    @Transactional
    public SpotCheck record(long designationId, NewSpotCheck check, CurrentUser officer) {
        DesignatedProject d = designation(designationId, officer);
        if (d.status() == DesignationStatus.REVOKED) {
            throw new MonitoringRefusedException("monitoring.check.revoked");
        }
        List<SpotCheck.Item> items = checklist(designationId, officer);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate on = null;
        if (check.checkedOn() == null || check.checkedOn().isBlank()) {
            problems.add(FieldProblem.missing("checkedOn", "monitoring.field.date.missing"));
        } else {
            try {
                on = LocalDate.parse(check.checkedOn().strip());
                if (on.isAfter(today)) {
                    problems.add(FieldProblem.invalid("checkedOn", "monitoring.field.checked-on.future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.invalid("checkedOn", "monitoring.field.date.invalid"));
            }
        }
        List<SpotCheck.Item> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String finding = i < check.findings().size() ? check.findings().get(i).strip() : "";
            String note = i < check.notes().size() ? check.notes().get(i).strip() : "";
            if (!FINDINGS.contains(finding)) {
                problems.add(FieldProblem.missing("findings[" + i + "]", "monitoring.field.finding.missing"));
            }
            if (note.length() > ReportService.MAX_REASON) {
                problems.add(FieldProblem.invalid("notes[" + i + "]", "monitoring.field.text.too-long",
                        ReportService.MAX_REASON));
            }
            SpotCheck.Item item = items.get(i);
            found.add(new SpotCheck.Item(item.source(), item.modeCode(), item.number(), item.grouping(), item.text(),
                    finding, note.isEmpty() ? null : note));
        }
        String summary = strip(check.summary());
        if (summary == null) {
            problems.add(FieldProblem.missing("summary", "monitoring.field.summary.missing"));
        } else if (summary.length() > ReportService.MAX_TEXT) {
            problems.add(FieldProblem.invalid("summary", "monitoring.field.text.too-long", ReportService.MAX_TEXT));
        }
        SpotCheck.Conclusion conclusion = null;
        try {
            conclusion = check.conclusion() == null ? null : SpotCheck.Conclusion.valueOf(check.conclusion().strip());
        } catch (IllegalArgumentException e) {
            conclusion = null;
        }
        String items2 = strip(check.rectifyItems());
        String reason = strip(check.reason());
        LocalDate deadline = null;
        if (conclusion == null) {
            problems.add(FieldProblem.missing("conclusion", "monitoring.field.conclusion.missing"));
        } else if (conclusion == SpotCheck.Conclusion.RECTIFYING) {
            if (items2 == null) {
                problems.add(FieldProblem.missing("rectifyItems", "monitoring.field.items.missing"));
            } else if (items2.length() > ReportService.MAX_TEXT) {
                problems.add(FieldProblem.invalid("rectifyItems", "monitoring.field.text.too-long",
                        ReportService.MAX_TEXT));
            }
            if (check.rectifyDeadline() == null || check.rectifyDeadline().isBlank()) {
                problems.add(FieldProblem.missing("rectifyDeadline", "monitoring.field.deadline.missing"));
            } else {
                try {
                    deadline = LocalDate.parse(check.rectifyDeadline().strip());
                    if (!deadline.isAfter(today)) {
                        problems.add(FieldProblem.invalid("rectifyDeadline", "monitoring.field.deadline.past"));
                    } else if (!workingDay(deadline)) {
                        problems.add(FieldProblem.invalid("rectifyDeadline",
                                "monitoring.field.deadline.not-working-day"));
                    }
                } catch (DateTimeParseException e) {
                    problems.add(FieldProblem.invalid("rectifyDeadline", "monitoring.field.deadline.invalid"));
                }
            }
        } else if (conclusion == SpotCheck.Conclusion.REMOVED) {
            if (reason == null) {
                problems.add(FieldProblem.missing("reason", "monitoring.field.reason.missing"));
            } else if (reason.length() > ReportService.MAX_REASON) {
                problems.add(FieldProblem.invalid("reason", "monitoring.field.text.too-long",
                        ReportService.MAX_REASON));
            }
        }
        if (!problems.isEmpty()) {
            throw new MonitoringRejectedException(problems);
        }
        Long fileId = null;
        String fileName = null;
        if (check.file() != null && check.file().length > 0) {
            try {
                StoredFile file = files.store(check.fileName() == null ? "抽查记录.pdf" : check.fileName(),
                        new ByteArrayInputStream(check.file()), Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG,
                                FileKind.DOCX), officer.username());
                fileId = file.id();
                fileName = file.name();
            } catch (FileRejectedException e) {
                throw new MonitoringRejectedException(List.of(FieldProblem.invalid("file",
                        "monitoring.field.file." + e.reason().name().toLowerCase().replace('_', '-'))));
            }
        }
        long id = repository.insertCheck(designationId, on, ReportReading.JSON.writeValueAsString(found), summary,
                conclusion.name(), deadline, conclusion == SpotCheck.Conclusion.RECTIFYING ? items2 : null,
                conclusion == SpotCheck.Conclusion.REMOVED ? reason : null, fileId, fileName, officer.username(),
                clock.instant());
        if (conclusion == SpotCheck.Conclusion.REMOVED) {
            publications.revoke(designationId, reason, officer);
        }
        audit.record(AuditRecord.of("monitoring.check-recorded").target("monitoring_check", id)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("designation", designationId)
                .detail("checkedOn", on.toString())
                .detail("conclusion", conclusion.name())
                .build());
        List<cn.gov.hubei.jxt.pilot.notification.Recipient> recipients = new ArrayList<>(
                people.unit(people.enterpriseOf(d)));
        recipients.addAll(people.division(d.divisionCode()));
        String text = conclusion == SpotCheck.Conclusion.RECTIFYING ? items2
                : conclusion == SpotCheck.Conclusion.REMOVED ? reason : summary;
        people.tell(recipients, "monitoring.check", "/designations/mine", "monitoring.notice.check."
                + conclusion.name(), d.projectName(), d.enterpriseName(), text,
                deadline == null ? "" : deadline.toString());
        return find(id, officer).orElseThrow();
    }

    @Override
    @Transactional
    public SpotCheck followUp(long checkId, String outcomeText, String noteText, CurrentUser officer) {
        if (!permissions.manages(officer)) {
            throw new MonitoringNotFoundException("check");
        }
        MonitoringRepository.CheckRow row = repository.lockCheck(checkId)
                .orElseThrow(() -> new MonitoringNotFoundException("check"));
        SpotCheck.FollowUp outcome = java.util.Arrays.stream(SpotCheck.FollowUp.values())
                .filter(f -> f.name().equals(outcomeText)).findFirst().orElse(null);
        if (row.followUp() != null && outcome != null && row.followUp().equals(outcome.name())) {
            return find(checkId, officer).orElseThrow(); // a double click or a replay
        }
        DesignatedProject d = designations.find(row.designationId()).orElseThrow();
        if (!permissions.canFollowUp(officer, SpotCheck.Conclusion.valueOf(row.conclusion()), row.followUp() != null,
                d.status() == DesignationStatus.REVOKED)) {
            throw new MonitoringRefusedException("monitoring.check.follow-up.refused");
        }
        String note = strip(noteText);
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(FieldProblem.missing("followUp", "monitoring.field.follow-up.missing"));
        }
        if (note == null) {
            problems.add(FieldProblem.missing("followUpNote", "monitoring.field.follow-up-note.missing"));
        } else if (note.length() > ReportService.MAX_TEXT) {
            problems.add(FieldProblem.invalid("followUpNote", "monitoring.field.text.too-long",
                    ReportService.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new MonitoringRejectedException(problems);
        }
        if (!repository.followUp(checkId, outcome.name(), note, officer.username(), clock.instant())) {
            return find(checkId, officer).orElseThrow();
        }
        if (outcome == SpotCheck.FollowUp.REMOVED) {
            publications.revoke(d.id(), note, officer);
        }
        audit.record(AuditRecord.of("monitoring.check-followed-up").target("monitoring_check", checkId)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("designation", d.id())
                .detail("followUp", outcome.name())
                .build());
        List<cn.gov.hubei.jxt.pilot.notification.Recipient> recipients = new ArrayList<>(
                people.unit(people.enterpriseOf(d)));
        recipients.addAll(people.division(d.divisionCode()));
        people.tell(recipients, "monitoring.check", "/designations/mine", "monitoring.notice.follow-up."
                + outcome.name(), d.projectName(), d.enterpriseName(), note, "");
        return find(checkId, officer).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SpotCheck> all(CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            return List.of();
        }
        return repository.checks(null).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SpotCheck> find(long checkId, CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            return Optional.empty();
        }
        return repository.check(checkId).map(this::view);
    }

    private SpotCheck view(MonitoringRepository.CheckRow r) {
        DesignatedProject d = designations.find(r.designationId()).orElseThrow();
        List<SpotCheck.Item> items = StoredJson.read(ReportReading.JSON, r.findings(),
                new TypeReference<List<SpotCheck.Item>>() { }, "spot check " + r.id() + "'s findings");
        return new SpotCheck(r.id(), r.designationId(), d.projectName(), d.enterpriseName(), r.checkedOn(), items,
                r.summary(), SpotCheck.Conclusion.valueOf(r.conclusion()), r.rectifyDeadline(), r.rectifyItems(),
                r.reason(), r.fileId(), r.fileName(), r.recordedBy(), r.recordedAt(),
                r.followUp() == null ? null : SpotCheck.FollowUp.valueOf(r.followUp()), r.followUpNote(),
                r.followUpBy(), r.followUpAt());
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
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
