package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationActionRefusedException;
import cn.gov.hubei.jxt.pilot.application.ApplicationDraft;
import cn.gov.hubei.jxt.pilot.application.ApplicationIncompleteException;
import cn.gov.hubei.jxt.pilot.application.ApplicationNotFoundException;
import cn.gov.hubei.jxt.pilot.application.ApplicationPermissions;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationSnapshot;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.ApplicationTransition;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SubmissionResult;
import cn.gov.hubei.jxt.pilot.application.UnchangedResubmissionException;
import cn.gov.hubei.jxt.pilot.call.Calls;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The application's status changes: the enterprise's submission (a frozen numbered version, idempotent by key) and
 * withdrawal, and the recommender's and the officer's decisions taken by the modules that own them. Each checks its
 * own conditions and hands the change to {@link Transitions}, the one path of every status change.
 */
@Component
class Lifecycle {

    static final int IDEMPOTENCY_KEY_LIMIT = 100;

    private final ApplicationRepository repository;
    private final Transitions transitions;
    private final Drafting drafting;
    private final Reading reading;
    private final SectionJson json;
    private final Calls calls;
    private final EnterpriseProfileSource profiles;
    private final ApplicationPermissions permissions;
    private final Clock clock;
    private final TransactionTemplate tx;

    Lifecycle(ApplicationRepository repository, Transitions transitions, Drafting drafting, Reading reading,
              SectionJson json, Calls calls, EnterpriseProfileSource profiles, ApplicationPermissions permissions,
              Clock clock, TransactionTemplate tx) {
        this.repository = repository;
        this.transitions = transitions;
        this.drafting = drafting;
        this.reading = reading;
        this.json = json;
        this.calls = calls;
        this.profiles = profiles;
        this.permissions = permissions;
        this.clock = clock;
        this.tx = tx;
    }

    SubmissionResult submit(long id, ApplicationScope scope, String idempotencyKey, boolean confirmUnchanged,
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
            submission.requireAllowedFrom(application.status());
            Instant now = clock.instant();
            requireInTime(application, submission, now);
            ApplicationDraft draft = drafting.draft(id, scope);
            List<SectionCheck> incomplete = drafting.check(draft).stream().filter(c -> !c.isComplete()).toList();
            if (!incomplete.isEmpty()) {
                throw new ApplicationIncompleteException(incomplete);
            }
            if (application.lastVersionNo() > 0 && !confirmUnchanged
                    && reading.compare(id, application.lastVersionNo(), 0, scope).changes().isEmpty()) {
                throw new UnchangedResubmissionException(application.lastVersionNo());
            }
            int number = application.lastVersionNo() + 1;
            freeze(application, draft, number, actor, now);
            ApplicationSummary submitted = transitions.perform(application, submission, actor, null, null, number,
                    now);
            repository.recordSubmission(id, idempotencyKey, number, now);
            return new SubmissionResult(submitted, number, false);
        });
    }

    /**
     * A correction before the correction deadline; a resubmission after a return before the return deadline (when
     * the recommender set one); otherwise inside the call's filing window.
     */
    private void requireInTime(ApplicationSummary application, ApplicationTransition submission, Instant now) {
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
    }

    /** Version {@code number}: the sections, the enterprise profile and the files they refer to, as they are now. */
    private void freeze(ApplicationSummary application, ApplicationDraft draft, int number, String actor,
                        Instant now) {
        DraftSections contents = draft.contents();
        Set<Long> referenced = FileReferences.referenced(contents);
        List<AttachedFile> frozenFiles = draft.files().stream().filter(f -> referenced.contains(f.fileId()))
                .toList();
        Map<String, Integer> sectionVersions = new LinkedHashMap<>();
        draft.sections().forEach((key, section) -> sectionVersions.put(key.key(), section.version()));
        ApplicationSnapshot snapshot = new ApplicationSnapshot(application.callId(), application.callTitle(),
                application.referenceVersion(), application.divisionCode(),
                profiles.profileOf(application.enterpriseId()), contents, sectionVersions, frozenFiles);
        repository.insertVersion(application.id(), number, json.writeSnapshot(snapshot), actor, now);
        repository.freezeFiles(application.id(), referenced, number);
    }

    ApplicationSummary withdraw(long id, ApplicationScope scope, String reason, String actor) {
        if (scope.kind() != ApplicationScope.Kind.ENTERPRISE) {
            throw new ApplicationNotFoundException(id);
        }
        return tx.execute(status -> {
            ApplicationSummary application = repository.lock(id, scope)
                    .orElseThrow(() -> new ApplicationNotFoundException(id));
            return transitions.perform(application, ApplicationTransition.WITHDRAW, actor, reason, null, null,
                    clock.instant());
        });
    }

    /** A recommender's or an officer's transition on behalf of {@code by}, who must be its performer. */
    ApplicationSummary decide(long applicationId, ApplicationTransition transition, String reason, Instant deadline,
                              CurrentUser by) {
        ApplicationSummary application = repository.find(applicationId, permissions.scopeOf(by))
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        if (!permissions.performs(by, application, transition)) {
            throw new ApplicationActionRefusedException("application.decide.not-performer");
        }
        return decide(applicationId, transition, reason, deadline, by.username());
    }

    /** A recommender's or an officer's transition; the caller has checked that {@code actor} may take it. */
    ApplicationSummary decide(long applicationId, ApplicationTransition transition, String reason, Instant deadline,
                              String actor) {
        if (transition.actor() == ApplicationTransition.Actor.APPLICANT) {
            throw new IllegalArgumentException(transition + " is the applicant's: use submit or withdraw");
        }
        return tx.execute(status -> {
            ApplicationSummary application = repository.lock(applicationId, ApplicationScope.ALL)
                    .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
            transition.requireAllowedFrom(application.status());
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
            return transitions.perform(application, transition, actor, reason, deadline, null, now);
        });
    }
}
