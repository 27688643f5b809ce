package cn.gov.hubei.jxt.pilot.objection.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.platform.Masks;
import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCase;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCases;
import cn.gov.hubei.jxt.pilot.objection.ObjectionConcluded;
import cn.gov.hubei.jxt.pilot.objection.ObjectionNotFoundException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionPermissions;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRefusedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRejectedException;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRow;
import cn.gov.hubei.jxt.pilot.objection.ObjectionStatus;
import cn.gov.hubei.jxt.pilot.objection.ObjectionStep;
import cn.gov.hubei.jxt.pilot.objection.ObjectionTransition;
import cn.gov.hubei.jxt.pilot.objection.Objections;
import cn.gov.hubei.jxt.pilot.publicity.NoticeEntry;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office's handling of objection cases: permission (checked here, whoever calls) → row lock → the table's guard →
 * conditional write → step → audit entry → e-mail to the objector → event, in one transaction.
 */
@Service
class ObjectionCaseService implements ObjectionCases, Objections {

    static final int MAX_REASON = 2000;
    static final int MAX_REMOVAL_REASON = 500;

    private final ObjectionRepository repository;
    private final NoticeReader notices;
    private final ObjectionPermissions permissions;
    private final cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher cipher;
    private final FileStore files;
    private final ObjectionSubmissionService submissions;
    private final AuditTrail audit;
    private final ObjectorMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ObjectionCaseService(ObjectionRepository repository, NoticeReader notices, ObjectionPermissions permissions,
                         cn.gov.hubei.jxt.pilot.platform.PersonalDataCipher cipher, FileStore files,
                         ObjectionSubmissionService submissions, AuditTrail audit, ObjectorMails mails,
                         ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.notices = notices;
        this.permissions = permissions;
        this.cipher = cipher;
        this.files = files;
        this.submissions = submissions;
        this.audit = audit;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public long unconcluded(long noticeId) {
        return repository.unconcluded(noticeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> counts(long noticeId) {
        return repository.counts(noticeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ObjectionRow> ofNotice(long noticeId, CurrentUser officer) {
        requireHandler(officer);
        Map<Long, String> projects = notices.entries(noticeId).stream()
                .collect(Collectors.toMap(NoticeEntry::applicationId, NoticeEntry::projectName, (a, b) -> a));
        return repository.ofNotice(noticeId).stream().map(r -> new ObjectionRow(r.id(), r.receiptNumber(),
                r.noticeId(), r.applicationId(), projects.getOrDefault(r.applicationId(), ""), r.status(), r.idType(),
                Masks.name(cipher.decrypt(r.nameEnc())), Masks.name(cipher.decrypt(r.organisationEnc())),
                Masks.idNumber(cipher.decrypt(r.idNumberEnc())), Masks.telephone(cipher.decrypt(r.telephoneEnc())),
                Masks.email(cipher.decrypt(r.emailEnc())), r.receivedAt(), r.removedFromList())).toList();
    }

    @Override
    @Transactional
    public ObjectionCase open(long caseId, CurrentUser officer) {
        requireHandler(officer);
        ObjectionCase c = view(repository.find(caseId).orElseThrow(() -> new ObjectionNotFoundException(caseId)));
        audit.record(entry("objection.viewed", caseId, officer).detail("receiptNumber", c.receiptNumber()).build());
        return c;
    }

    @Override
    @Transactional
    public ObjectionCase take(long caseId, ObjectionTransition transition, String reason, String removalReason,
                              Integer expectedVersion, CurrentUser officer) {
        requireHandler(officer);
        ObjectionRepository.Row row = repository.lock(caseId).orElseThrow(() -> new ObjectionNotFoundException(caseId));
        transition.requireAllowedFrom(row.status());
        if (!permissions.canTake(officer, transition, row.status())) {
            throw new ObjectionRefusedException("objection.refused.permission");
        }
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw new ObjectionRefusedException("objection.refused.changed");
        }
        String text = reason == null ? "" : reason.strip();
        String removal = removalReason == null ? "" : removalReason.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (transition.reasonRequired() && text.isEmpty()) {
            problems.add(FieldProblem.missing("reason", "objection.reason.required"));
        } else if (text.length() > MAX_REASON) {
            problems.add(FieldProblem.invalid("reason", "objection.reason.too-long", MAX_REASON));
        }
        if (transition != ObjectionTransition.UPHOLD && !removal.isEmpty()) {
            problems.add(FieldProblem.invalid("removalReason", "objection.removal.only-upheld"));
        } else if (removal.length() > MAX_REMOVAL_REASON) {
            problems.add(FieldProblem.invalid("removalReason", "objection.removal.too-long", MAX_REMOVAL_REASON));
        }
        if (!problems.isEmpty()) {
            throw new ObjectionRejectedException(problems);
        }
        Instant now = clock.instant();
        if (repository.move(caseId, row.status(), transition.to(), null, officer.username(), now) != 1) {
            throw new ObjectionRefusedException("objection.refused.changed");
        }
        String kind = transition.to().name();
        repository.step(caseId, kind, text.isEmpty() ? null : cipher.encrypt(text), true, officer.username(), now);
        AuditRecord.Builder entry = switch (transition) {
            case ACCEPT -> entry("objection.accepted", caseId, officer);
            case DECLINE -> entry("objection.declined", caseId, officer);
            case UPHOLD -> entry("objection.upheld", caseId, officer);
            case DISMISS -> entry("objection.dismissed", caseId, officer);
        };
        audit.record(entry.detail("receiptNumber", row.receiptNumber()).detail("from", row.status().name())
                .detail("to", transition.to().name()).build());
        String email = cipher.decrypt(row.emailEnc());
        mails.step(email, row.receiptNumber(), kind, text);
        boolean removed = false;
        if (transition == ObjectionTransition.UPHOLD && !removal.isEmpty()) {
            remove(row, removal, officer, now);
            removed = true;
        }
        if (transition.concludes()) {
            events.publishEvent(new ObjectionConcluded(caseId, row.receiptNumber(), row.noticeId(),
                    row.applicationId(), transition.to().name(), removed, now));
        }
        return view(repository.find(caseId).orElseThrow());
    }

    @Override
    @Transactional
    public ObjectionCase removeFromList(long caseId, String reason, CurrentUser officer) {
        requireHandler(officer);
        ObjectionRepository.Row row = repository.lock(caseId).orElseThrow(() -> new ObjectionNotFoundException(caseId));
        PublicNotice notice = notices.find(row.noticeId()).orElse(null);
        String text = reason == null ? "" : reason.strip();
        if (!permissions.canRemoveFromList(officer, row.status(), row.removedFromList(),
                notice == null ? null : notice.status())) {
            throw new ObjectionRefusedException("objection.removal.refused");
        }
        if (text.isEmpty()) {
            throw new ObjectionRejectedException(List.of(FieldProblem.missing("removalReason",
                    "objection.removal.required")));
        }
        if (text.length() > MAX_REMOVAL_REASON) {
            throw new ObjectionRejectedException(List.of(FieldProblem.invalid("removalReason",
                    "objection.removal.too-long", MAX_REMOVAL_REASON)));
        }
        remove(row, text, officer, clock.instant());
        return view(repository.find(caseId).orElseThrow());
    }

    private void remove(ObjectionRepository.Row row, String reason, CurrentUser officer, Instant now) {
        notices.removeEntry(row.noticeId(), row.applicationId(), reason, officer);
        if (repository.markRemoved(row.id(), reason) != 1) {
            throw new ObjectionRefusedException("objection.removal.refused");
        }
        repository.step(row.id(), "REMOVED", cipher.encrypt(reason), true, officer.username(), now);
        audit.record(entry("objection.removed-from-list", row.id(), officer)
                .detail("receiptNumber", row.receiptNumber()).detail("noticeId", row.noticeId())
                .detail("applicationId", row.applicationId()).detail("reason", reason).build());
        mails.step(cipher.decrypt(row.emailEnc()), row.receiptNumber(), "REMOVED", reason);
    }

    @Override
    @Transactional
    public ObjectionCase addNote(long caseId, String text, List<NewObjection.Evidence> evidence, CurrentUser officer) {
        requireHandler(officer);
        ObjectionRepository.Row row = repository.lock(caseId).orElseThrow(() -> new ObjectionNotFoundException(caseId));
        if (!permissions.canInvestigate(officer, row.status())) {
            throw new ObjectionRefusedException("objection.note.refused",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(row.status().labelKey()));
        }
        String note = text == null ? "" : text.strip();
        List<NewObjection.Evidence> attached = evidence == null ? List.of() : evidence;
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (note.isEmpty()) {
            problems.add(FieldProblem.missing("note", "objection.note.required"));
        } else if (note.length() > MAX_REASON) {
            problems.add(FieldProblem.invalid("note", "objection.note.too-long", MAX_REASON));
        }
        problems.addAll(submissions.evidenceProblems(attached, "files"));
        if (!problems.isEmpty()) {
            throw new ObjectionRejectedException(problems);
        }
        Instant now = clock.instant();
        List<StoredFile> stored = submissions.store(attached, "files", officer.username());
        for (StoredFile f : stored) {
            repository.addFile(caseId, f.id(), "OFFICE", now);
        }
        repository.step(caseId, "NOTE", cipher.encrypt(note), false, officer.username(), now);
        repository.touch(caseId);
        audit.record(entry("objection.noted", caseId, officer).detail("receiptNumber", row.receiptNumber())
                .detail("files", stored.stream().map(StoredFile::id).toList()).build());
        return view(repository.find(caseId).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile file(long caseId, long fileId, CurrentUser officer) {
        requireHandler(officer);
        if (!repository.hasFile(caseId, fileId)) {
            throw new ObjectionNotFoundException(caseId);
        }
        return files.find(fileId).orElseThrow(() -> new ObjectionNotFoundException(caseId));
    }

    @Override
    @Transactional
    public byte[] content(long caseId, long fileId, CurrentUser officer) {
        StoredFile f = file(caseId, fileId, officer);
        byte[] bytes = files.read(f.id());
        audit.record(entry("objection.file-read", caseId, officer).detail("fileId", fileId).build());
        return bytes;
    }

    private ObjectionCase view(ObjectionRepository.Row r) {
        PublicNotice notice = notices.find(r.noticeId()).orElse(null);
        String project = notices.entry(r.noticeId(), r.applicationId()).map(NoticeEntry::projectName).orElse("");
        List<ObjectionStep> steps = repository.steps(r.id()).stream()
                .map(s -> new ObjectionStep(s.kind(), cipher.decrypt(s.textEnc()), s.published(), s.by(), s.at()))
                .toList();
        Function<String, List<StoredFile>> filesOf = origin -> repository.files(r.id(), origin).stream()
                .map(files::find).flatMap(java.util.Optional::stream).toList();
        return new ObjectionCase(r.id(), r.receiptNumber(), r.noticeId(), notice == null ? "" : notice.title(),
                r.applicationId(), project, r.status(), r.idType(), cipher.decrypt(r.nameEnc()),
                cipher.decrypt(r.organisationEnc()), cipher.decrypt(r.idNumberEnc()),
                cipher.decrypt(r.telephoneEnc()), cipher.decrypt(r.emailEnc()), cipher.decrypt(r.factsEnc()),
                r.receivedAt(), r.acceptedAt(), r.concludedAt(), r.handledBy(), r.removedFromList(),
                r.removalReason(), r.version(), steps, filesOf.apply("OBJECTOR"), filesOf.apply("OFFICE"));
    }

    private void requireHandler(CurrentUser user) {
        if (!permissions.canHandle(user)) {
            throw new ObjectionRefusedException("objection.refused.permission");
        }
    }

    private static AuditRecord.Builder entry(String action, long caseId, CurrentUser officer) {
        return AuditRecord.of(action).target("objection_case", caseId).actor(officer.username(), Role.OFFICER.name());
    }
}
