package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationNotFoundException;
import cn.gov.hubei.jxt.pilot.designation.DesignationPermissions;
import cn.gov.hubei.jxt.pilot.designation.DesignationRefusedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationRejectedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationValidity;
import cn.gov.hubei.jxt.pilot.designation.NewPublication;
import cn.gov.hubei.jxt.pilot.designation.DesignationRevoked;
import cn.gov.hubei.jxt.pilot.designation.ProjectsDesignated;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.designation.PublicationPhase;
import cn.gov.hubei.jxt.pilot.designation.PublicationTransition;
import cn.gov.hubei.jxt.pilot.designation.Publications;
import cn.gov.hubei.jxt.pilot.documents.FormDocument;
import cn.gov.hubei.jxt.pilot.documents.FormDocuments;
import cn.gov.hubei.jxt.pilot.files.FileKind;
import cn.gov.hubei.jxt.pilot.files.FileRejectedException;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.objection.Objections;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.NoticeStatus;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication: permission and phase (checked here, whoever calls) → fields → the notice's still-listed entries
 * become designated projects → audit entry → {@link ProjectsDesignated}, all in one transaction. The unique notice
 * and number of the table make a double click or a second node's attempt a refusal, never a second publication.
 */
@Service
class PublicationService implements Publications {

    /** 鄂经信<部门>〔YYYY〕N号: the office's abbreviation, a department of one to eight characters, year, number. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("鄂经信\\p{IsHan}{1,8}〔(\\d{4})〕([1-9]\\d{0,4})号");
    static final int MAX_TITLE = 200;
    static final int MAX_REASON = 1000;

    private final DesignationRepository repository;
    private final DesignationReading reading;
    private final DesignationPermissions permissions;
    private final PublicNotices notices;
    private final Objections objections;
    private final ProjectApplications applications;
    private final ReferenceCatalog reference;
    private final FileStore files;
    private final FormDocuments documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(DesignationRepository repository, DesignationReading reading,
                       DesignationPermissions permissions, PublicNotices notices, Objections objections,
                       ProjectApplications applications, ReferenceCatalog reference, FileStore files,
                       FormDocuments documents, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reading = reading;
        this.permissions = permissions;
        this.notices = notices;
        this.objections = objections;
        this.applications = applications;
        this.reference = reference;
        this.files = files;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Publication> all(CurrentUser viewer) {
        return permissions.manages(viewer) ? repository.publications() : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Publication> find(long publicationId, CurrentUser viewer) {
        return permissions.manages(viewer) ? repository.publication(publicationId) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Publication> ofNotice(long noticeId, CurrentUser viewer) {
        return permissions.manages(viewer) ? repository.publicationOfNotice(noticeId) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public PublicationPhase phase(long noticeId) {
        PublicNotice notice = notices.find(noticeId).orElseThrow(() -> new DesignationNotFoundException("notice"));
        return phase(notice);
    }

    private PublicationPhase phase(PublicNotice notice) {
        boolean over = notice.status() == NoticeStatus.CLOSED || notice.isOverAt(clock.instant());
        return new PublicationPhase(over, objections.unconcluded(notice.id()),
                repository.publicationOfNotice(notice.id()).map(Publication::status).orElse(null));
    }

    @Override
    @Transactional
    public Publication publish(long noticeId, NewPublication form, CurrentUser officer) {
        requireOfficer(officer);
        PublicNotice notice = notices.find(noticeId).orElseThrow(() -> new DesignationNotFoundException("notice"));
        PublicationPhase phase = phase(notice);
        if (phase.published()) {
            throw new DesignationRefusedException("designation.publish.already",
                    repository.publicationOfNotice(noticeId).orElseThrow().documentNumber());
        }
        if (!phase.noticeOver()) {
            throw new DesignationRefusedException("designation.publish.notice-open", notice.endDate().toString());
        }
        if (phase.openCases() > 0) {
            throw new DesignationRefusedException("designation.publish.open-cases",
                    String.valueOf(phase.openCases()));
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = date(form.publishedOn(), notice.endDate(), today, problems);
        String number = number(form.documentNumber(), on, 0, problems);
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            problems.add(FieldProblem.missing("title", "designation.field.title.missing"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(FieldProblem.invalid("title", "designation.field.title.too-long", MAX_TITLE));
        }
        if (form.signedDocument() == null || form.signedDocument().length == 0) {
            problems.add(FieldProblem.missing("document", "designation.field.document.missing"));
        }
        if (!problems.isEmpty()) {
            throw new DesignationRejectedException(problems);
        }
        StoredFile file;
        try {
            file = files.store(form.fileName() == null ? "document.pdf" : form.fileName(),
                    new ByteArrayInputStream(form.signedDocument()), Set.of(FileKind.PDF), officer.username());
        } catch (FileRejectedException e) {
            throw new DesignationRejectedException(List.of(FieldProblem.invalid("document",
                    "designation.field.document." + e.reason().name().toLowerCase().replace('_', '-'))));
        }
        Instant now = clock.instant();
        long id = repository.insertPublication(noticeId, notice.callId(), notice.year(), number, title, on,
                file.id(), officer.username(), now);
        if (id == 0) {
            // another request recorded it (or took the number) meanwhile: say which
            Optional<Publication> existing = repository.publicationOfNotice(noticeId);
            if (existing.isPresent()) {
                throw new DesignationRefusedException("designation.publish.already",
                        existing.get().documentNumber());
            }
            throw new DesignationRejectedException(List.of(FieldProblem.invalid("documentNumber",
                    "designation.field.number.taken", number)));
        }
        LocalDate until = DesignationValidity.validUntil(on);
        List<Long> designated = new ArrayList<>();
        int position = 0;
        for (NoticeEntry entry : notices.entries(noticeId)) {
            if (!entry.listed()) {
                continue;
            }
            ApplicationSummary application = applications.find(entry.applicationId(), ApplicationScope.PROVINCE)
                    .orElseThrow(() -> new IllegalStateException("application " + entry.applicationId()
                            + " of notice " + noticeId + " not found"));
            repository.insertProject(id, notice.callId(), notice.year(), new DesignationRepository.NewProject(
                    entry.applicationId(), ++position, application.lastVersionNo(), entry.projectName(),
                    application.enterpriseId(), entry.enterpriseName(), entry.creditCode(), entry.divisionCode(),
                    entry.recommenderName(), entry.modeCodes()), on, until);
            designated.add(entry.applicationId());
        }
        audit.record(AuditRecord.of("designation.published").target("designation_publication", id)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("notice", noticeId)
                .detail("documentNumber", number)
                .detail("publishedOn", on.toString())
                .detail("validUntil", until.toString())
                .detail("documentSha256", file.sha256())
                .detail("applications", designated)
                .build());
        events.publishEvent(new ProjectsDesignated(id, noticeId, notice.callId(), number, on, designated));
        return repository.publication(id).orElseThrow();
    }

    @Override
    @Transactional
    public Publication correctNumber(long publicationId, String documentNumber, long version, CurrentUser officer) {
        requireOfficer(officer);
        Publication publication = repository.lockPublication(publicationId)
                .orElseThrow(() -> new DesignationNotFoundException("publication"));
        PublicationTransition.CORRECT_NUMBER.requireAllowedFrom(publication.status());
        if (publication.version() != version) {
            throw new DesignationRefusedException("designation.stale");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String number = number(documentNumber, publication.publishedOn(), publicationId, problems);
        if (!problems.isEmpty()) {
            throw new DesignationRejectedException(problems);
        }
        if (number.equals(publication.documentNumber())) {
            return publication;
        }
        if (!repository.correctNumber(publicationId, version, number)) {
            throw new DesignationRefusedException("designation.stale");
        }
        audit.record(AuditRecord.of("designation.number-corrected").target("designation_publication", publicationId)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("from", publication.documentNumber())
                .detail("to", number)
                .build());
        return repository.publication(publicationId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DesignatedProject> projects(long publicationId, CurrentUser viewer) {
        requirePublication(publicationId, viewer);
        return repository.projects(publicationId).stream().map(reading::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] signedDocument(long publicationId, CurrentUser viewer) {
        return files.read(requirePublication(publicationId, viewer).documentFileId());
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] listDocx(long publicationId, CurrentUser viewer) {
        return documents.docx(listDocument(requirePublication(publicationId, viewer)));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] listPdf(long publicationId, CurrentUser viewer) {
        return documents.pdf(listDocument(requirePublication(publicationId, viewer)));
    }

    /** 附件: the list of the designated projects, 序号/项目名称/企业名称/推荐单位/模式. */
    FormDocument listDocument(Publication publication) {
        List<List<String>> rows = new ArrayList<>();
        for (DesignationRepository.ProjectRow p : repository.projects(publication.id())) {
            rows.add(List.of(String.valueOf(p.position()), p.projectName(), p.enterpriseName(),
                    p.recommenderName() == null ? reference.recommendingUnit(p.divisionCode()).orElse("")
                            : p.recommenderName(),
                    String.join("、", p.modeCodes().stream()
                            .map(c -> reference.mode(c).map(ManufacturingMode::name).orElse(c)).toList())));
        }
        return new FormDocument(publication.year() + "年湖北省智能制造试点示范项目名单", List.of(),
                FormDocument.Orientation.PORTRAIT,
                List.of(new FormDocument.AttachmentLabel("附件"), new FormDocument.Grid("名单", List.of("序号", "项目名称", "企业名称", "推荐单位", "模式"),
                        List.of(1, 5, 4, 3, 3), List.of(true, false, false, false, false), rows)),
                "湖北省经济和信息化厅", publication.publishedOn());
    }

    @Override
    @Transactional
    public DesignatedProject revoke(long designationId, String reason, CurrentUser officer) {
        requireOfficer(officer);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DesignationRejectedException(List.of(FieldProblem.missing("reason",
                    "designation.field.reason.missing")));
        }
        if (text.length() > MAX_REASON) {
            throw new DesignationRejectedException(List.of(FieldProblem.invalid("reason",
                    "designation.field.reason.too-long", MAX_REASON)));
        }
        DesignationRepository.ProjectRow row = repository.lockProject(designationId)
                .orElseThrow(() -> new DesignationNotFoundException("designation"));
        if (row.revokedAt() != null) {
            return reading.view(row);
        }
        repository.revoke(designationId, text, officer.username(), clock.instant());
        audit.record(AuditRecord.of("designation.revoked").target("designated_project", designationId)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("application", row.applicationId())
                .detail("documentNumber", row.documentNumber())
                .detail("reason", text)
                .build());
        events.publishEvent(new DesignationRevoked(designationId, row.applicationId()));
        return reading.view(repository.project(designationId).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public List<DesignatedProject> mine(CurrentUser user) {
        if (!permissions.seesOwn(user)) {
            return List.of();
        }
        List<DesignationRepository.ProjectRow> rows = user.has(Role.APPLICANT) && user.enterpriseId().isPresent()
                ? repository.projectsOfEnterprise(user.enterpriseId().get())
                : repository.projectsOfDivision(user.divisionCode().orElseThrow());
        return rows.stream().map(reading::view).toList();
    }

    // ------------------------------------------------------------------------------------------------ rules

    private Publication requirePublication(long publicationId, CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            throw new DesignationNotFoundException("publication");
        }
        return repository.publication(publicationId)
                .orElseThrow(() -> new DesignationNotFoundException("publication"));
    }

    private void requireOfficer(CurrentUser user) {
        if (!permissions.manages(user)) {
            throw new DesignationRefusedException("designation.not-officer");
        }
    }

    private static LocalDate date(String text, LocalDate endDay, LocalDate today, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.missing("publishedOn", "designation.field.date.missing"));
            return null;
        }
        LocalDate on;
        try {
            on = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.invalid("publishedOn", "designation.field.date.invalid"));
            return null;
        }
        if (on.isBefore(endDay)) {
            problems.add(FieldProblem.invalid("publishedOn", "designation.field.date.before-notice",
                    endDay.toString()));
        } else if (on.isAfter(today)) {
            problems.add(FieldProblem.invalid("publishedOn", "designation.field.date.future"));
        }
        return on;
    }

    /** The number checked: its form, its year (the publication date's), unique among the other publications. */
    private String number(String text, LocalDate on, long exceptId, List<FieldProblem> problems) {
        String number = text == null ? "" : text.strip();
        if (number.isEmpty()) {
            problems.add(FieldProblem.missing("documentNumber", "designation.field.number.missing"));
            return number;
        }
        Matcher m = DOCUMENT_NUMBER.matcher(number);
        if (!m.matches()) {
            problems.add(FieldProblem.invalid("documentNumber", "designation.field.number.invalid"));
            return number;
        }
        if (on != null && Integer.parseInt(m.group(1)) != on.getYear()) {
            problems.add(FieldProblem.invalid("documentNumber", "designation.field.number.year",
                    String.valueOf(on.getYear())));
        }
        if (repository.numberTaken(number, exceptId)) {
            problems.add(FieldProblem.invalid("documentNumber", "designation.field.number.taken", number));
        }
        return number;
    }
}
