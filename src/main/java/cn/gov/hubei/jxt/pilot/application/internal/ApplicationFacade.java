package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SavedSection;
import cn.gov.hubei.jxt.pilot.application.SectionSaved;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.application.StatusChange;
import cn.gov.hubei.jxt.pilot.application.SubmissionResult;
import cn.gov.hubei.jxt.pilot.application.VersionComparison;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link ProjectApplications} for pages, the API and other modules: each call handed to its use case —
 * {@link Reading} (lists, one application, history, versions, comparison), {@link Drafting} (create, draft, check,
 * save a section), {@link Attachments} (files) and {@link Lifecycle} (submit, withdraw, decide; every status change
 * through {@link Transitions}).
 */
@Service
class ApplicationFacade implements ProjectApplications {

    private final Reading reading;
    private final Drafting drafting;
    private final Attachments attachments;
    private final Lifecycle lifecycle;

    ApplicationFacade(Reading reading, Drafting drafting, Attachments attachments, Lifecycle lifecycle) {
        this.reading = reading;
        this.drafting = drafting;
        this.attachments = attachments;
        this.lifecycle = lifecycle;
    }

    @Override
    public List<ApplicationSummary> list(ApplicationQuery query) {
        return reading.list(query);
    }

    @Override
    public long count(ApplicationQuery query) {
        return reading.count(query);
    }

    @Override
    public Optional<ApplicationSummary> find(long id, ApplicationScope scope) {
        return reading.find(id, scope);
    }

    @Override
    public List<StatusChange> history(long id, ApplicationScope scope) {
        return reading.history(id, scope);
    }

    @Override
    public List<VersionInfo> versions(long id, ApplicationScope scope) {
        return reading.versions(id, scope);
    }

    @Override
    public Optional<FrozenVersion> version(long id, int number, ApplicationScope scope) {
        return reading.version(id, number, scope);
    }

    @Override
    public VersionComparison compare(long id, int left, int right, ApplicationScope scope) {
        return reading.compare(id, left, right, scope);
    }

    @Override
    public ApplicationSummary create(long callId, long enterpriseId, String actor) {
        return drafting.create(callId, enterpriseId, actor);
    }

    @Override
    public ApplicationDraft draft(long id, ApplicationScope scope) {
        return drafting.draft(id, scope);
    }

    @Override
    public List<SectionCheck> check(long id, ApplicationScope scope) {
        return drafting.check(drafting.draft(id, scope));
    }

    @Override
    public SectionCheck check(long id, ApplicationScope scope, SectionKey key, SectionContent content) {
        return drafting.check(id, scope, key, content);
    }

    @Override
    public SavedSection saveSection(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                                    SectionContent content, boolean strict, String actor) {
        return drafting.saveSection(id, scope, key, expectedVersion, content, strict, actor);
    }

    @Override
    public SectionSaved saveAndCheckSection(long id, ApplicationScope scope, SectionKey key, int expectedVersion,
                                            SectionContent content, boolean strict, String actor) {
        return drafting.saveAndCheckSection(id, scope, key, expectedVersion, content, strict, actor);
    }

    @Override
    public List<AttachedFile> files(long id, ApplicationScope scope) {
        return attachments.files(id, scope);
    }

    @Override
    public AttachedFile attach(long id, ApplicationScope scope, FilePurpose purpose, String originalName,
                               InputStream content, long size, String actor) {
        return attachments.attach(id, scope, purpose, originalName, content, size, actor);
    }

    @Override
    public Optional<FileContent> readFile(long id, long fileId, ApplicationScope scope) {
        return attachments.readFile(id, fileId, scope);
    }

    @Override
    public SubmissionResult submit(long id, ApplicationScope scope, String idempotencyKey, boolean confirmUnchanged,
                                   String actor) {
        return lifecycle.submit(id, scope, idempotencyKey, confirmUnchanged, actor);
    }

    @Override
    public ApplicationSummary withdraw(long id, ApplicationScope scope, String reason, String actor) {
        return lifecycle.withdraw(id, scope, reason, actor);
    }

    @Override
    public ApplicationSummary decide(long applicationId, ApplicationTransition transition, String reason,
                                     Instant deadline, CurrentUser by) {
        return lifecycle.decide(applicationId, transition, reason, deadline, by);
    }
}
