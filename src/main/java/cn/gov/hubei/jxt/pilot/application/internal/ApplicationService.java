package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationIncompleteException;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationReturned;
import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusChanged;
import cn.gov.hubei.jxt.pilot.application.StatusChange;
import cn.gov.hubei.jxt.pilot.application.ApplicationSubmitted;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.ApplicationWithdrawn;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.FieldDifference;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionConflictException;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.SectionRejectedException;
import cn.gov.hubei.jxt.pilot.application.SubmissionResult;
import cn.gov.hubei.jxt.pilot.application.UnchangedResubmissionException;
import cn.gov.hubei.jxt.pilot.application.VersionComparison;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.files.FileStore;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.files.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The applications' use cases. Every status change goes through {@link #transition}: guard (the transition table and
 * the transition's own conditions) → conditional write → history → audit entry → event, in one transaction.
 */
@Service
class ApplicationService implements ProjectApplications {

    static final int REASON_LIMIT = 1000;
    static final int IDEMPOTENCY_KEY_LIMIT = 100;

    private final ApplicationRepository repository;
    private final DraftValidator validator;
    private final SectionJson json;
    private final Calls calls;
    private final Enterprises enterprises;
    private final EnterpriseProfileSource profiles;
    private final FileStore files;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ApplicationNotices notices;
    private final ApplicationPermissions permissions = new ApplicationPermissions();
    private final Clock clock;
    private final TransactionTemplate tx;
    private final long maxBytesPerApplication;

    /**
     * The file store is resolved on first use, so that this module starts (and every use case without files works)
     * in a build that has no file store.
     */
    ApplicationService(ApplicationRepository repository, DraftValidator validator, SectionJson json, Calls calls,
                       Enterprises enterprises, EnterpriseProfileSource profiles, FileStore files,
                       AuditTrail audit, ApplicationEventPublisher events, ApplicationNotices notices, Clock clock,
                       TransactionTemplate tx,
                       @Value("${app.files.max-per-application:200MB}") DataSize maxPerApplication) {
        this.repository = repository;
        this.validator = validator;
        this.json = json;
        this.calls = calls;
        this.enterprises = enterprises;
        this.profiles = profiles;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
        this.tx = tx;
        this.maxBytesPerApplication = maxPerApplication.toBytes();
    }

    @Override
    public List<ApplicationSummary> list(ApplicationQuery query) {
        return repository.list(query);
    }

    @Override
    public long count(ApplicationQuery query) {
        return repository.count(query);
    }

    @Override
    public Optional<ApplicationSummary> find(long id, ApplicationScope scope) {
        return repository.find(id, scope);
    }

    @Override
    public ApplicationSummary create(long callId, long enterpriseId, String actor) {
        CallSummary call = calls.find(callId).filter(CallSummary::announced)
                .orElseThrow(() -> new ApplicationActionRefusedException("application.create.no-call"));
        if (!calls.isFilingOpen(callId)) {
            throw new ApplicationActionRefusedException("application.create.filing-closed", call.title());
        }
        Enterprise enterprise = enterprises.find(enterpriseId)
                .orElseThrow(() -> new ApplicationActionRefusedException("application.create.no-enterprise"));
        return tx.execute(status -> {
            repository.lockEnterprise(enterpriseId);
            Integer cap = call.maxProjectsPerEnterprise();
            if (cap != null && repository.countAgainstCap(enterpriseId, callId) >= cap) {
                throw new ApplicationActionRefusedException("application.create.cap", cap);
            }
            Instant now = clock.instant();
            String number = ApplicationNumbers.format(call.year(), enterprise.divisionCode(),
                    repository.nextSequence(call.year(), enterprise.divisionCode()));
            long id = repository.insert(number, enterpriseId, callId, enterprise.divisionCode(),
                    call.elementConditionVersion(), actor, now);
            audit.record(AuditRecord.of("application.create").target("application", id).actor(actor, null)
                    .detail("number", number).detail("callId", callId).detail("enterpriseId", enterpriseId)
                    .detail("divisionCode", enterprise.divisionCode()).build());
            return repository.find(id, ApplicationScope.ALL).orElseThrow();
        });
    }

    @Override
    public ApplicationDraft draft(long id, ApplicationScope scope) {
        ApplicationSummary application = draftScoped(id, scope);
        Map<SectionKey, SavedSection> sections = new EnumMap<>(SectionKey.class);
        repository.sections(id).forEach(s -> sections.put(s.key(), s));
        return new ApplicationDraft(application, sections, repository.files(id, false));
    }

    @Override
    public List<SectionCheck> check(long id, ApplicationScope scope) {
        ApplicationDraft draft = draft(id, scope);
        return validator.checkAll(draft.sections(), validator.context(draft.application(), draft.contents(),
                draft.files()));
    }

    @Override
    public SectionCheck check(long id, ApplicationScope scope, SectionKey key, SectionContent content) {
        ApplicationDraft draft = draft(id, scope);
        SavedSection saved = draft.section(key);
        return validator.check(key, content, saved == null ? 0 : saved.version(),
                validator.context(draft.application(), draft.contents(), draft.files()));
    }

    @Override
    public SavedSection saveSection(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                                    SectionContent content, boolean strict, String actor) {
        SectionContent normalised = content.normalised();
        return tx.execute(status -> {
            ApplicationSummary application = editable(id, scope);
            // every path that saves a section (API, form, kept form, conflict) refers only to this application's files
            List<cn.gov.hubei.jxt.pilot.shared.FieldProblem> foreign = FileReferences.unattached(normalised,
                    repository.files(id, false));
            if (!foreign.isEmpty()) {
                throw new SectionRejectedException(foreign);
            }
            if (strict) {
                ApplicationDraft draft = draft(id, scope);
                SectionCheck check = validator.check(key, normalised, expectedVersion,
                        validator.context(application, draft.contents(), draft.files()));
                if (!check.invalid().isEmpty()) {
                    throw new SectionRejectedException(check.invalid());
                }
            }
            Instant now = clock.instant();
            String text = json.write(normalised);
            Optional<SavedSection> current = repository.section(id, key);
            boolean written;
            if (current.isEmpty()) {
                written = expectedVersion == 0 && repository.insertSection(id, key, text, actor, now);
            } else {
                written = current.get().version() == expectedVersion
                        && repository.updateSection(id, key, expectedVersion, text, actor, now);
            }
            if (!written) {
                SavedSection theirs = repository.section(id, key)
                        .orElse(new SavedSection(key, emptyOf(key), 0, null, null));
                throw new SectionConflictException(theirs, normalised, expectedVersion);
            }
            String projectName = key == SectionKey.BASIC
                    ? ((SectionContent.BasicInfo) normalised).projectName() : application.projectName();
            repository.touch(id, projectName, now);
            return repository.section(id, key).orElseThrow();
        });
    }

    @Override
    public SubmissionResult submit(long id, ApplicationScope scope, String idempotencyKey, boolean confirmUnchanged,
                                   String actor) {
        if (scope.kind() != ApplicationScope.Kind.ENTERPRISE) {
            throw new ApplicationNotFoundException(id);
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > IDEMPOTENCY_KEY_LIMIT) {
            throw new ApplicationActionRefusedException("application.submit.key-missing");
        }
        return tx.execute(status -> {
            ApplicationSummary application = repository.lock(id, scope)
                    .orElseThrow(() -> new ApplicationNotFoundException(id));
            Optional<Integer> earlier = repository.submissionFor(id, idempotencyKey);
            if (earlier.isPresent()) {
                return new SubmissionResult(application, earlier.get(), true);
            }
            ApplicationTransition submission = ApplicationTransition.submissionFrom(application.status())
                    .orElse(ApplicationTransition.SUBMIT);
            guard(application, submission);
            Instant now = clock.instant();
            if (submission == ApplicationTransition.SUBMIT_CORRECTION) {
                if (application.returnDeadline() != null && !now.isBefore(application.returnDeadline())) {
                    throw new ApplicationActionRefusedException("application.submit.correction-deadline-passed");
                }
            } else if (application.status() == ApplicationStatus.RETURNED && application.returnDeadline() != null) {
                if (!now.isBefore(application.returnDeadline())) {
                    throw new ApplicationActionRefusedException("application.submit.return-deadline-passed");
                }
            } else if (!calls.isFilingOpen(application.callId())) {
                throw new ApplicationActionRefusedException("application.submit.filing-closed");
            }
            ApplicationDraft draft = draft(id, scope);
            RuleContext context = validator.context(application, draft.contents(), draft.files());
            List<SectionCheck> incomplete = validator.checkAll(draft.sections(), context).stream()
                    .filter(c -> !c.isComplete()).toList();
            if (!incomplete.isEmpty()) {
                throw new ApplicationIncompleteException(incomplete);
            }
            if (application.lastVersionNo() > 0 && !confirmUnchanged
                    && compare(id, application.lastVersionNo(), 0, scope).changes().isEmpty()) {
                throw new UnchangedResubmissionException(application.lastVersionNo());
            }
            int number = application.lastVersionNo() + 1;
            DraftSections contents = draft.contents();
            Set<Long> referenced = referencedFiles(contents);
            List<AttachedFile> frozenFiles = draft.files().stream().filter(f -> referenced.contains(f.fileId()))
                    .toList();
            Map<String, Integer> sectionVersions = new LinkedHashMap<>();
            draft.sections().forEach((key, section) -> sectionVersions.put(key.key(), section.version()));
            ApplicationSnapshot snapshot = new ApplicationSnapshot(application.callId(), application.callTitle(),
                    application.referenceVersion(), application.divisionCode(),
                    profiles.profileOf(application.enterpriseId()), contents, sectionVersions, frozenFiles);
            repository.insertVersion(id, number, json.write(snapshot), actor, now);
            repository.freezeFiles(id, referenced, number);
            ApplicationSummary submitted = transition(application, submission, actor, null, null, number, now);
            repository.recordSubmission(id, idempotencyKey, number, now);
            return new SubmissionResult(submitted, number, false);
        });
    }

    @Override
    public ApplicationSummary withdraw(long id, ApplicationScope scope, String reason, String actor) {
        if (scope.kind() != ApplicationScope.Kind.ENTERPRISE) {
            throw new ApplicationNotFoundException(id);
        }
        return tx.execute(status -> {
            ApplicationSummary application = repository.lock(id, scope)
                    .orElseThrow(() -> new ApplicationNotFoundException(id));
            return transition(application, ApplicationTransition.WITHDRAW, actor, reason, null, null,
                    clock.instant());
        });
    }

    @Override
    public ApplicationSummary returnForRevision(long applicationId, String reason, Instant deadline, String actor) {
        return decide(applicationId, ApplicationTransition.RETURN, reason, deadline, actor);
    }

    @Override
    public ApplicationSummary decide(long applicationId, ApplicationTransition transition, String reason,
                                     Instant deadline, String actor) {
        if (transition.actor() == ApplicationTransition.Actor.APPLICANT) {
            throw new IllegalArgumentException(transition + " is the applicant's: use submit or withdraw");
        }
        return tx.execute(status -> {
            ApplicationSummary application = repository.lock(applicationId, ApplicationScope.ALL)
                    .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
            guard(application, transition);
            Instant now = clock.instant();
            if (deadline != null && !transition.takesDeadline()) {
                throw new IllegalArgumentException(transition + " takes no deadline");
            }
            if (deadline == null && transition.deadlineRequired()) {
                throw new ApplicationActionRefusedException("application.decide.deadline-missing");
            }
            if (deadline != null && !deadline.isAfter(now)) {
                throw new ApplicationActionRefusedException(transition == ApplicationTransition.RETURN
                        ? "application.return.deadline-past" : "application.decide.deadline-past");
            }
            return transition(application, transition, actor, reason, deadline, null, now);
        });
    }

    @Override
    public ApplicationSummary decide(long applicationId, ApplicationTransition transition, String reason,
                                     Instant deadline, CurrentUser by) {
        ApplicationSummary application = repository.find(applicationId, permissions.scopeOf(by))
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        if (!permissions.performs(by, application, transition)) {
            throw new ApplicationActionRefusedException("application.decide.not-performer");
        }
        return decide(applicationId, transition, reason, deadline, by.username());
    }

    @Override
    public List<StatusChange> history(long id, ApplicationScope scope) {
        find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
        return repository.history(id).stream().map(h -> new StatusChange(h.transition(), h.from(), h.to(),
                h.occurredAt(), h.actor(), h.reason(), h.deadline(), h.versionNo())).toList();
    }

    /**
     * The one place where an application changes status: guard → conditional write → history → audit entry →
     * event. Runs inside the caller's transaction, on a row the caller has locked.
     */
    private ApplicationSummary transition(ApplicationSummary application, ApplicationTransition transition,
                                          String actor, String reason, Instant deadline, Integer versionNo,
                                          Instant now) {
        guard(application, transition);
        String cleanReason = reason == null ? null : reason.strip();
        if (transition.reasonRequired()) {
            if (cleanReason == null || cleanReason.isEmpty()) {
                throw new ApplicationActionRefusedException("application.transition.reason-missing");
            }
            if (Problems.length(cleanReason) > REASON_LIMIT) {
                throw new ApplicationActionRefusedException("application.transition.reason-too-long", REASON_LIMIT);
            }
        }
        long id = application.id();
        if (!repository.changeStatus(id, application.status(), application.version(), transition.to(), cleanReason,
                deadline, versionNo, now)) {
            throw new ApplicationActionRefusedException("application.transition.conflict");
        }
        repository.appendHistory(id, transition, application.status(), transition.to(), now, actor, cleanReason,
                deadline, versionNo);
        AuditRecord.Builder entry = AuditRecord.of("application." + transition.code())
                .target("application", id).actor(actor, null)
                .detail("from", application.status().name()).detail("to", transition.to().name());
        if (cleanReason != null) {
            entry.detail("reason", cleanReason);
        }
        if (deadline != null) {
            entry.detail("deadline", deadline.toString());
        }
        if (versionNo != null) {
            entry.detail("versionNo", versionNo);
        }
        audit.record(entry.build());
        switch (transition) {
            case SUBMIT -> events.publishEvent(new ApplicationSubmitted(id, versionNo, application.callId(),
                    application.enterpriseId(), application.divisionCode(), now, actor));
            case WITHDRAW -> events.publishEvent(new ApplicationWithdrawn(id, application.callId(),
                    application.divisionCode(), cleanReason, now, actor));
            case RETURN -> events.publishEvent(new ApplicationReturned(id, application.callId(),
                    application.enterpriseId(), cleanReason, deadline, now, actor));
            default -> {
            }
        }
        events.publishEvent(new ApplicationStatusChanged(id, application.callId(), application.enterpriseId(),
                application.divisionCode(), transition, application.status(), transition.to(), cleanReason,
                deadline, versionNo, now, actor));
        notices.tell(application, transition, cleanReason, deadline, versionNo);

        return repository.find(id, ApplicationScope.ALL).orElseThrow();
    }

    private static void guard(ApplicationSummary application, ApplicationTransition transition) {
        if (!transition.isAllowedFrom(application.status())) {
            throw new ApplicationActionRefusedException("application.transition.refused",
                    "application.transition." + transition.code() + ".label",
                    "application.status." + application.status().name());
        }
    }

    @Override
    public List<VersionInfo> versions(long id, ApplicationScope scope) {
        find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
        return repository.versions(id);
    }

    @Override
    public Optional<FrozenVersion> version(long id, int number, ApplicationScope scope) {
        find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
        return repository.version(id, number).map(v -> new FrozenVersion(id, v.info().number(),
                v.info().submittedAt(), v.info().submittedBy(), json.readSnapshot(v.snapshot())));
    }

    @Override
    public VersionComparison compare(long id, int left, int right, ApplicationScope scope) {
        ApplicationSummary application = find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
        List<FieldDifference> fields = FieldFlattener.compare(comparable(application, left, scope),
                comparable(application, right, scope));
        return new VersionComparison(id, left, right, fields);
    }

    /** What a comparison sees of a version (0: the current draft): the enterprise profile and the sections. */
    private tools.jackson.databind.JsonNode comparable(ApplicationSummary application, int number,
                                                       ApplicationScope scope) {
        record Comparable(Object profile, DraftSections sections) {
        }
        if (number == 0) {
            ApplicationDraft draft = draft(application.id(), scope);
            return json.tree(new Comparable(profiles.profileOf(application.enterpriseId()),
                    normalisedAll(draft.contents())));
        }
        FrozenVersion version = version(application.id(), number, scope)
                .orElseThrow(() -> new ApplicationActionRefusedException("application.version.unknown", number));
        return json.tree(new Comparable(version.snapshot().profile(), normalisedAll(version.snapshot().sections())));
    }

    private static DraftSections normalisedAll(DraftSections sections) {
        DraftSections out = sections;
        for (SectionKey key : SectionKey.values()) {
            out = out.with(key, sections.get(key).normalised());
        }
        return out;
    }

    @Override
    public List<AttachedFile> files(long id, ApplicationScope scope) {
        find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
        return repository.files(id, !scope.seesDrafts());
    }

    @Override
    public AttachedFile attach(long id, ApplicationScope scope, FilePurpose purpose, String originalName,
                               InputStream content, long size, String actor) {
        editable(id, scope);
        long used = repository.totalFileSize(id);
        if (size > 0 && used + size > maxBytesPerApplication) {
            throw totalExceeded(used);
        }
        StoredFile stored = files.store(originalName, content, purpose.allowed(), actor);
        return tx.execute(status -> {
            editable(id, scope);
            long total = repository.totalFileSize(id);
            if (total + stored.size() > maxBytesPerApplication) {
                throw totalExceeded(total);
            }
            AttachedFile file = new AttachedFile(stored.id(), purpose, stored.name(), stored.kind(), stored.size(),
                    actor, clock.instant(), null);
            repository.attach(id, file);
            audit.record(AuditRecord.of("application.file-attached").target("application", id).actor(actor, null)
                    .detail("fileId", stored.id()).detail("purpose", purpose.name()).detail("name", stored.name())
                    .detail("kind", stored.kind().name()).detail("size", stored.size())
                    .detail("sha256", stored.sha256()).build());
            return file;
        });
    }

    private ApplicationActionRefusedException totalExceeded(long used) {
        return new ApplicationActionRefusedException("application.files.total-exceeded",
                maxBytesPerApplication / (1024 * 1024), String.format("%.1f", used / (1024.0 * 1024.0)));
    }

    @Override
    public Optional<FileContent> readFile(long id, long fileId, ApplicationScope scope) {
        Optional<AttachedFile> file = repository.find(id, scope).isEmpty() ? Optional.empty()
                : repository.files(id, !scope.seesDrafts()).stream().filter(f -> f.fileId() == fileId).findFirst();
        return file.map(f -> new FileContent(f, files.read(fileId)));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private ApplicationSummary draftScoped(long id, ApplicationScope scope) {
        if (!scope.seesDrafts()) {
            throw new ApplicationNotFoundException(id);
        }
        return repository.find(id, scope).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /** The application, if the scope is its enterprise's and its status lets the enterprise edit. */
    private ApplicationSummary editable(long id, ApplicationScope scope) {
        if (scope.kind() != ApplicationScope.Kind.ENTERPRISE) {
            throw new ApplicationNotFoundException(id);
        }
        ApplicationSummary application = repository.find(id, scope)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        if (!application.status().isIn(ApplicationStatus.EDITABLE)) {
            throw new ApplicationActionRefusedException("application.edit.refused",
                    "application.status." + application.status().name());
        }
        return application;
    }

    /** The file ids the sections refer to: figures, 真实性承诺, the credit report and other files. */
    static Set<Long> referencedFiles(DraftSections sections) {
        Set<Long> ids = new LinkedHashSet<>();
        sections.implementation().normalised().parts().forEach(p -> p.figures().forEach(f -> {
            if (f.fileId() != null) {
                ids.add(f.fileId());
            }
        }));
        SectionContent.Attachments a = sections.attachments().normalised();
        if (a.commitmentFileId() != null) {
            ids.add(a.commitmentFileId());
        }
        if (a.creditReportFileId() != null) {
            ids.add(a.creditReportFileId());
        }
        ids.addAll(a.otherFileIds());
        return ids;
    }

    private static SectionContent emptyOf(SectionKey key) {
        return DraftSections.empty().get(key);
    }

}
