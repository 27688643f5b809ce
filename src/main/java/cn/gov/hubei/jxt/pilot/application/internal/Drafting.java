package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatusGroup;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionSaved;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionConflictException;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.SectionRejectedException;
import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprise;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise's work on its draft: starting an application (its 申报编号 taken once), reading the draft, checking
 * sections against the rules and saving them section by section with optimistic versions.
 */
@Component
class Drafting {

    private final ApplicationRepository repository;
    private final DraftValidator validator;
    private final SectionJson json;
    private final Calls calls;
    private final Enterprises enterprises;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    Drafting(ApplicationRepository repository, DraftValidator validator, SectionJson json, Calls calls,
             Enterprises enterprises, AuditTrail audit, Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.validator = validator;
        this.json = json;
        this.calls = calls;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    ApplicationSummary create(long callId, long enterpriseId, String actor) {
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

    ApplicationDraft draft(long id, ApplicationScope scope) {
        if (!scope.seesDrafts()) {
            throw new ApplicationNotFoundException(id);
        }
        ApplicationSummary application = repository.find(id, scope)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        Map<SectionKey, SavedSection> sections = new EnumMap<>(SectionKey.class);
        repository.sections(id).forEach(s -> sections.put(s.key(), s));
        return new ApplicationDraft(application, sections, repository.files(id, false));
    }

    /** Each section of the draft, validated against the draft around it. */
    List<SectionCheck> check(ApplicationDraft draft) {
        return validator.checkAll(draft.sections(), context(draft));
    }

    SectionCheck check(long id, ApplicationScope scope, SectionKey key, SectionContent content) {
        ApplicationDraft draft = draft(id, scope);
        SavedSection saved = draft.section(key);
        return validator.check(key, content, saved == null ? 0 : saved.version(), context(draft));
    }

    RuleContext context(ApplicationDraft draft) {
        return validator.context(draft.application(), draft.contents(), draft.files());
    }

    SavedSection saveSection(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                             SectionContent content, boolean strict, String actor) {
        return save(id, scope, key, expectedVersion, content, strict, false, actor).saved();
    }

    SectionSaved saveAndCheckSection(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                                     SectionContent content, boolean strict, String actor) {
        return save(id, scope, key, expectedVersion, content, strict, true, actor);
    }

    /**
     * Saves one section in one transaction that reads the application, its files and (when the content is checked)
     * its sections once each; the check after the save, when asked for, is of the saved content against the same
     * draft.
     */
    private SectionSaved save(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                              SectionContent content, boolean strict, boolean checkAfter, String actor) {
        SectionContent normalised = content.normalised();
        return tx.execute(status -> {
            ApplicationSummary application = editable(id, scope);
            List<AttachedFile> files = repository.files(id, false);
            // every path that saves a section (API, form, kept form, conflict) refers only to this application's files
            List<FieldProblem> foreign = FileReferences.unattached(normalised, files);
            if (!foreign.isEmpty()) {
                throw new SectionRejectedException(foreign);
            }
            Map<SectionKey, SavedSection> sections = new EnumMap<>(SectionKey.class);
            RuleContext context = null;
            if (strict || checkAfter) {
                repository.sections(id).forEach(s -> sections.put(s.key(), s));
                context = validator.context(application, new ApplicationDraft(application, sections, files).contents(),
                        files);
            } else {
                repository.section(id, key).ifPresent(s -> sections.put(key, s));
            }
            // judged once: the check after the save is of the same content in the same context
            SectionCheck check = context == null ? null : validator.check(key, normalised, expectedVersion, context);
            if (strict && !check.invalid().isEmpty()) {
                throw new SectionRejectedException(check.invalid());
            }
            Instant now = clock.instant();
            String text = json.write(normalised);
            SavedSection current = sections.get(key);
            Optional<Instant> written;
            if (current == null) {
                written = expectedVersion == 0
                        ? repository.insertSection(id, key, text, actor, now) : Optional.empty();
            } else {
                written = current.version() == expectedVersion
                        ? repository.updateSection(id, key, expectedVersion, text, actor, now) : Optional.empty();
            }
            if (written.isEmpty()) {
                SavedSection theirs = repository.section(id, key)
                        .orElse(new SavedSection(key, DraftSections.empty().get(key), 0, null, null));
                throw new SectionConflictException(theirs, normalised, expectedVersion);
            }
            String projectName = key == SectionKey.BASIC
                    ? ((SectionContent.BasicInfo) normalised).projectName() : application.projectName();
            repository.touch(id, projectName, now);
            SavedSection saved = new SavedSection(key, normalised, expectedVersion + 1, actor, written.get());
            return new SectionSaved(saved, checkAfter ? check.withVersion(saved.version()) : null);
        });
    }

    /** The application, if the scope is its enterprise's and its status lets the enterprise edit. */
    ApplicationSummary editable(long id, ApplicationScope scope) {
        if (scope.kind() != ApplicationScope.Kind.ENTERPRISE) {
            throw new ApplicationNotFoundException(id);
        }
        ApplicationSummary application = repository.find(id, scope)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        if (!ApplicationStatusGroup.EDITABLE.contains(application.status())) {
            throw new ApplicationActionRefusedException("application.edit.refused",
                    "application.status." + application.status().name());
        }
        return application;
    }
}
