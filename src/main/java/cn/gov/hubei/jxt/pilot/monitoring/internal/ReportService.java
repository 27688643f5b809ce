package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.calendar.CalendarNotLoadedException;
import cn.gov.hubei.jxt.pilot.calendar.WorkingDays;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.monitoring.Evaluation;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringNotFoundException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringPermissions;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRefusedException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringRejectedException;
import cn.gov.hubei.jxt.pilot.monitoring.MonitoringReports;
import cn.gov.hubei.jxt.pilot.monitoring.Report;
import cn.gov.hubei.jxt.pilot.monitoring.ReportDecided;
import cn.gov.hubei.jxt.pilot.monitoring.ReportDraft;
import cn.gov.hubei.jxt.pilot.monitoring.ReportStatus;
import cn.gov.hubei.jxt.pilot.monitoring.ReportTransition;
import cn.gov.hubei.jxt.pilot.monitoring.RoundPhase;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.sitevisit.SiteVisitChecklists;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The yearly reports: scope (in SQL) → permission and phase (checked here, whoever calls) → fields → the conditional
 * write → audit entry → {@link ReportDecided}, in one transaction. A removal revokes the designation
 * ({@link Publications#revoke}) in the same transaction.
 */
@Service
class ReportService implements MonitoringReports {

    static final int MAX_TEXT = 2000;
    static final int MAX_REASON = 1000;
    static final int MAX_SCENARIOS = 10;
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

    private final MonitoringRepository repository;
    private final ReportReading reading;
    private final MonitoringPermissions permissions;
    private final Publications publications;
    private final ReferenceCatalog reference;
    private final WorkingDays workingDays;
    private final FileStore files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(MonitoringRepository repository, ReportReading reading, MonitoringPermissions permissions,
                  Publications publications, ReferenceCatalog reference, WorkingDays workingDays, FileStore files,
                  AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reading = reading;
        this.permissions = permissions;
        this.publications = publications;
        this.reference = reference;
        this.workingDays = workingDays;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ reads

    @Override
    @Transactional(readOnly = true)
    public List<Report> mine(CurrentUser viewer) {
        if (!permissions.seesReports(viewer)) {
            return List.of();
        }
        return repository.reports(null, enterpriseScope(viewer), divisionScope(viewer), null).stream()
                .map(reading::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Report> find(long reportId, CurrentUser viewer) {
        return row(reportId, viewer).map(reading::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Report> ofDesignation(long designationId, CurrentUser viewer) {
        if (!permissions.seesReports(viewer)) {
            return List.of();
        }
        if (!repository.designationInScope(designationId, enterpriseScope(viewer), divisionScope(viewer))) {
            // another enterprise's or division's designation: as unknown as one that does not exist
            throw new MonitoringNotFoundException("designation");
        }
        return repository.reports(null, enterpriseScope(viewer), divisionScope(viewer), designationId).stream()
                .map(reading::summary).toList();
    }

    private Optional<MonitoringRepository.ReportRow> row(long reportId, CurrentUser viewer) {
        if (!permissions.seesReports(viewer)) {
            return Optional.empty();
        }
        return repository.report(reportId, enterpriseScope(viewer), divisionScope(viewer));
    }

    /** The office sees every report; a unit its enterprise's; a recommender its division's (-1: nothing). */
    private Long enterpriseScope(CurrentUser viewer) {
        if (permissions.manages(viewer)) {
            return null;
        }
        return viewer.has(Role.APPLICANT) && viewer.enterpriseId().isPresent() ? viewer.enterpriseId().get() : null;
    }

    private String divisionScope(CurrentUser viewer) {
        if (permissions.manages(viewer)) {
            return null;
        }
        if (viewer.has(Role.APPLICANT) && viewer.enterpriseId().isPresent()) {
            return null;
        }
        return viewer.divisionCode().orElse("-");
    }

    // ------------------------------------------------------------------------------------------- the unit

    @Override
    @Transactional
    public Report save(long reportId, ReportDraft draft, long version, CurrentUser unit) {
        MonitoringRepository.ReportRow row = locked(reportId, unit);
        RoundPhase phase = phase(row);
        if (!permissions.canEdit(unit, row.enterpriseId(), row.status(), phase)) {
            throw new MonitoringRefusedException(row.status().isSubmitted() ? "monitoring.save.submitted"
                    : "monitoring.save.closed");
        }
        if (row.version() != version) {
            throw new MonitoringRefusedException("monitoring.stale");
        }
        DesignatedProject d = reading.designation(row.designationId());
        ReportDraft clean = clean(draft, d);
        List<FieldProblem> problems = check(clean, d, false);
        if (!problems.isEmpty()) {
            throw new MonitoringRejectedException(problems);
        }
        if (!repository.saveDraft(reportId, version, ReportReading.json(clean))) {
            throw new MonitoringRefusedException("monitoring.stale");
        }
        return reading.view(repository.report(reportId, null, null).orElseThrow());
    }

    @Override
    @Transactional
    public Report submit(long reportId, CurrentUser unit) {
        MonitoringRepository.ReportRow row = locked(reportId, unit);
        if (row.status().isSubmitted() && permissions.canSee(unit, row.enterpriseId(), null)) {
            return reading.view(row);
        }
        ReportTransition transition = row.status() == ReportStatus.RETURNED ? ReportTransition.RESUBMIT
                : ReportTransition.SUBMIT;
        require(unit, transition, row);
        DesignatedProject d = reading.designation(row.designationId());
        List<FieldProblem> problems = check(ReportReading.draft(row.content()), d, true);
        if (!problems.isEmpty()) {
            throw new MonitoringRejectedException(problems);
        }
        Instant now = clock.instant();
        if (!repository.submit(reportId, row.status(), unit.username(), now)) {
            return reading.view(repository.report(reportId, null, null).orElseThrow());
        }
        audited(transition, row, unit, Role.APPLICANT, Map.of());
        return reading.view(repository.report(reportId, null, null).orElseThrow());
    }

    @Override
    @Transactional
    public Report attach(long reportId, String fileName, byte[] content, CurrentUser unit) {
        MonitoringRepository.ReportRow row = locked(reportId, unit);
        if (!permissions.canEdit(unit, row.enterpriseId(), row.status(), phase(row))) {
            throw new MonitoringRefusedException("monitoring.save.closed");
        }
        if (content == null || content.length == 0) {
            throw new MonitoringRejectedException(List.of(FieldProblem.missing("file",
                    "monitoring.field.file.missing")));
        }
        StoredFile file;
        try {
            file = files.store(fileName == null ? "附件.pdf" : fileName, new ByteArrayInputStream(content),
                    Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.DOCX, FileKind.XLSX),
                    unit.username());
        } catch (FileRejectedException e) {
            throw new MonitoringRejectedException(List.of(FieldProblem.invalid("file",
                    "monitoring.field.file." + e.reason().name().toLowerCase().replace('_', '-'))));
        }
        repository.addFile(reportId, file.id(), file.name(), unit.username(), clock.instant());
        return reading.view(repository.report(reportId, null, null).orElseThrow());
    }

    /** An attachment's bytes, for whoever may see the report. */
    @Transactional(readOnly = true)
    public Optional<byte[]> attachment(long reportId, long attachmentId, CurrentUser viewer) {
        return row(reportId, viewer).flatMap(r -> repository.file(r.id(), attachmentId))
                .map(f -> files.read(f.fileId()));
    }

    // -------------------------------------------------------------------------------------------- decisions

    @Override
    @Transactional
    public Report decide(long reportId, ReportTransition transition, Evaluation evaluation, CurrentUser person) {
        if (transition == ReportTransition.SUBMIT || transition == ReportTransition.RESUBMIT) {
            return submit(reportId, person);
        }
        MonitoringRepository.ReportRow row = locked(reportId, person);
        if (row.status() == transition.to() && !transition.isAllowedFrom(row.status())) {
            // a double click or a replay of the decision already taken
            return reading.view(row);
        }
        require(person, transition, row);
        String text = evaluation == null || evaluation.text() == null ? "" : evaluation.text().strip();
        Map<String, Object> columns = new LinkedHashMap<>();
        Instant now = clock.instant();
        Role role = switch (transition.performer()) {
            case ENTERPRISE -> Role.APPLICANT;
            case RECOMMENDER -> Role.RECOMMENDER;
            case OFFICER -> Role.OFFICER;
        };
        switch (transition) {
            case COMMENT -> {
                required(text, "text", "monitoring.field.comment.missing", MAX_TEXT);
                columns.put("comment", text);
                columns.put("commented_by", person.username());
                columns.put("commented_at", now);
            }
            case RETURN -> {
                required(text, "text", "monitoring.field.reason.missing", MAX_REASON);
                columns.put("return_reason", text);
            }
            case QUALIFY, CONCLUDE_QUALIFIED -> {
                if (text.length() > MAX_REASON) {
                    throw new MonitoringRejectedException(List.of(FieldProblem.invalid("text",
                            "monitoring.field.text.too-long", MAX_REASON)));
                }
                columns.put("decision_reason", text.isEmpty() ? null : text);
                columns.put("decided_by", person.username());
                columns.put("decided_at", now);
            }
            case ORDER_RECTIFICATION -> {
                LocalDate deadline = deadline(evaluation == null ? null : evaluation.deadline(), text);
                columns.put("rectify_deadline", deadline);
                columns.put("rectify_items", text);
                columns.put("decided_by", person.username());
                columns.put("decided_at", now);
            }
            case SUBMIT_RECTIFICATION -> {
                required(text, "text", "monitoring.field.rectification.missing", MAX_TEXT);
                columns.put("rectification", text);
                columns.put("rectified_at", now);
            }
            case REMOVE, REMOVE_UNREPORTED, CONCLUDE_REMOVED -> {
                required(text, "text", "monitoring.field.reason.missing", MAX_REASON);
                columns.put("decision_reason", text);
                columns.put("decided_by", person.username());
                columns.put("decided_at", now);
            }
            default -> throw new IllegalArgumentException(transition.name());
        }
        if (!repository.decide(reportId, row.status(), transition.to(), columns)) {
            throw new MonitoringRefusedException("monitoring.stale");
        }
        if (transition.removes()) {
            publications.revoke(row.designationId(), text, person);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            details.put("text", text);
        }
        if (columns.get("rectify_deadline") != null) {
            details.put("deadline", columns.get("rectify_deadline").toString());
        }
        audited(transition, row, person, role, details);
        return reading.view(repository.report(reportId, null, null).orElseThrow());
    }

    // ------------------------------------------------------------------------------------------------ rules

    private MonitoringRepository.ReportRow locked(long reportId, CurrentUser person) {
        if (row(reportId, person).isEmpty()) {
            throw new MonitoringNotFoundException("report");
        }
        return repository.lockReport(reportId).orElseThrow(() -> new MonitoringNotFoundException("report"));
    }

    private RoundPhase phase(MonitoringRepository.ReportRow row) {
        return reading.phase(repository.round(row.roundId()).orElseThrow());
    }

    private void require(CurrentUser person, ReportTransition transition, MonitoringRepository.ReportRow row) {
        RoundPhase phase = phase(row);
        if (permissions.may(person, transition, row.enterpriseId(), row.divisionCode(), row.status(), phase)) {
            return;
        }
        transition.requireAllowed(row.status(), phase);
        throw new MonitoringRefusedException("monitoring.not-performer");
    }

    private void audited(ReportTransition transition, MonitoringRepository.ReportRow row, CurrentUser person,
                         Role role, Map<String, Object> details) {
        AuditRecord.Builder record = AuditRecord.of("monitoring.report." + transition.code())
                .target("monitoring_report", row.id())
                .actor(person.username(), role.name())
                .detail("designation", row.designationId())
                .detail("from", row.status().name())
                .detail("to", transition.to().name());
        details.forEach(record::detail);
        audit.record(record.build());
        events.publishEvent(new ReportDecided(row.id(), row.designationId(), transition, person.username()));
    }

    private static void required(String text, String field, String missing, int max) {
        if (text.isEmpty()) {
            throw new MonitoringRejectedException(List.of(FieldProblem.missing(field, missing)));
        }
        if (text.length() > max) {
            throw new MonitoringRejectedException(List.of(FieldProblem.invalid(field,
                    "monitoring.field.text.too-long", max)));
        }
    }

    /** 限期整改: what to fix and a working day after today. */
    private LocalDate deadline(String text, String items) {
        List<FieldProblem> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add(FieldProblem.missing("text", "monitoring.field.items.missing"));
        } else if (items.length() > MAX_TEXT) {
            problems.add(FieldProblem.invalid("text", "monitoring.field.text.too-long", MAX_TEXT));
        }
        LocalDate deadline = null;
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.missing("deadline", "monitoring.field.deadline.missing"));
        } else {
            try {
                deadline = LocalDate.parse(text.strip());
                if (!deadline.isAfter(LocalDate.now(clock))) {
                    problems.add(FieldProblem.invalid("deadline", "monitoring.field.deadline.past"));
                } else if (!workingDay(deadline)) {
                    problems.add(FieldProblem.invalid("deadline", "monitoring.field.deadline.not-working-day"));
                }
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.invalid("deadline", "monitoring.field.deadline.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new MonitoringRejectedException(problems);
        }
        return deadline;
    }

    /** Trimmed, only the project's indicators and conditions kept. */
    ReportDraft clean(ReportDraft draft, DesignatedProject d) {
        ReportDraft in = draft == null ? new ReportDraft(null, null, null, null) : draft;
        List<ReportDraft.Achieved> indicators = new ArrayList<>();
        for (Indicator indicator : reference.indicators()) {
            in.indicators().stream().filter(a -> indicator.code().equals(a.code())).findFirst()
                    .ifPresent(a -> indicators.add(new ReportDraft.Achieved(a.code(), strip(a.value()))));
        }
        List<ReportDraft.Answer> answers = new ArrayList<>();
        for (SiteVisitChecklists.Entry e : reading.elementConditions(d)) {
            in.conditions().stream().filter(a -> e.modeCode().equals(a.modeCode()) && a.number() == e.number())
                    .findFirst().ifPresent(a -> answers.add(new ReportDraft.Answer(a.modeCode(), a.number(),
                            a.met(), strip(a.evidence()))));
        }
        List<String> scenarios = in.scenarios().stream().map(ReportService::strip).filter(s -> s != null).toList();
        return new ReportDraft(indicators, answers, strip(in.progress()), scenarios);
    }

    /**
     * The fields' rules: an achieved value is a number, not negative, not absurd; texts within their lengths; on
     * submission every indicator, every condition (with evidence) and the progress are required.
     */
    List<FieldProblem> check(ReportDraft draft, DesignatedProject d, boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        draft.indicators().forEach(a -> values.put(a.code(), a.value()));
        for (Indicator indicator : reference.indicators()) {
            String field = "indicators[" + indicator.code() + "]";
            String value = values.get(indicator.code());
            if (value == null || value.isEmpty()) {
                if (complete) {
                    problems.add(FieldProblem.missing(field, "monitoring.field.achieved.missing",
                            indicator.subject()));
                }
                continue;
            }
            BigDecimal number = ReportReading.number(value);
            if (number == null) {
                problems.add(FieldProblem.invalid(field, "monitoring.field.achieved.not-number", indicator.subject()));
            } else if (number.signum() < 0) {
                problems.add(FieldProblem.invalid(field, "monitoring.field.achieved.negative", indicator.subject()));
            } else if (number.compareTo(MAX_VALUE) >= 0) {
                problems.add(FieldProblem.invalid(field, "monitoring.field.achieved.too-large", indicator.subject()));
            }
        }
        for (SiteVisitChecklists.Entry e : reading.elementConditions(d)) {
            String field = "conditions[" + e.modeCode() + "-" + e.number() + "]";
            ReportDraft.Answer answer = draft.conditions().stream()
                    .filter(a -> e.modeCode().equals(a.modeCode()) && a.number() == e.number()).findFirst()
                    .orElse(null);
            if (answer != null && answer.evidence() != null && answer.evidence().length() > MAX_TEXT) {
                problems.add(FieldProblem.invalid(field, "monitoring.field.text.too-long", MAX_TEXT));
            }
            if (complete && (answer == null || answer.met() == null)) {
                problems.add(FieldProblem.missing(field, "monitoring.field.condition.missing", e.grouping(),
                        e.number()));
            } else if (complete && (answer.evidence() == null || answer.evidence().isEmpty())) {
                problems.add(FieldProblem.missing(field, "monitoring.field.evidence.missing", e.grouping(),
                        e.number()));
            }
        }
        if (draft.progress() != null && draft.progress().length() > MAX_TEXT) {
            problems.add(FieldProblem.invalid("progress", "monitoring.field.text.too-long", MAX_TEXT));
        } else if (complete && (draft.progress() == null || draft.progress().isEmpty())) {
            problems.add(FieldProblem.missing("progress", "monitoring.field.progress.missing"));
        }
        if (draft.scenarios().size() > MAX_SCENARIOS) {
            problems.add(FieldProblem.invalid("scenarios", "monitoring.field.scenarios.too-many", MAX_SCENARIOS));
        }
        for (int i = 0; i < draft.scenarios().size(); i++) {
            if (draft.scenarios().get(i).length() > MAX_TEXT) {
                problems.add(FieldProblem.invalid("scenarios[" + i + "]", "monitoring.field.text.too-long",
                        MAX_TEXT));
            }
        }
        return problems;
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
