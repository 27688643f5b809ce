package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with applications, as named predicates used by the pages and the API alike. Which applications a
 * person can reach at all is {@link #scopeOf}: the queries apply it, so an application outside it is not found
 * (404), never forbidden (403), and a guessed id reveals nothing. The predicates then say what the person may do
 * with an application inside the scope, given its status.
 */
@Component("applicationPermissions")
public class ApplicationPermissions {

    private final ApplicationAssignments assignments;

    /** Without the assignments: an {@link ApplicationScope.Kind#ASSIGNED} scope then holds no application. */
    public ApplicationPermissions() {
        this(null);
    }

    @Autowired
    public ApplicationPermissions(ApplicationAssignments assignments) {
        this.assignments = assignments;
    }

    /**
     * An applicant reaches its enterprise's applications, a recommender its division's submitted ones, an officer
     * every submitted one (never a draft); an expert those assigned to them ({@link ApplicationAssignments}: by the
     * review meeting, once the expert has accepted and signed the pledge, never with a conflict of interest), again
     * as submitted; the three administrators (三员分立) none.
     */
    public ApplicationScope scopeOf(CurrentUser user) {
        if (user == null || user.isAdministrator()) {
            return ApplicationScope.NONE;
        }
        if (user.has(Role.APPLICANT) && user.enterpriseId().isPresent()) {
            return ApplicationScope.enterprise(user.enterpriseId().get());
        }
        if (user.has(Role.RECOMMENDER) && user.divisionCode().isPresent()) {
            return ApplicationScope.division(user.divisionCode().get());
        }
        if (user.has(Role.OFFICER)) {
            return ApplicationScope.PROVINCE;
        }
        if (user.has(Role.EXPERT)) {
            return ApplicationScope.assigned(user.id());
        }
        return ApplicationScope.NONE;
    }

    public ApplicationScope scopeOf(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? scopeOf(user) : ApplicationScope.NONE;
    }

    /** See the list of applications: whoever has a scope. */
    public boolean canList(Authentication authentication) {
        return scopeOf(authentication).kind() != ApplicationScope.Kind.NONE;
    }

    /** Start an application: staff of an enterprise. */
    public boolean canCreate(Authentication authentication) {
        return scopeOf(authentication).kind() == ApplicationScope.Kind.ENTERPRISE;
    }

    /** Read the working draft (sections, draft files, overview): the enterprise only. */
    public boolean canReadDraft(CurrentUser user, ApplicationSummary application) {
        ApplicationScope scope = scopeOf(user);
        return scope.seesDrafts() && inScope(scope, application);
    }

    /**
     * Make any change at all (sections, files, submit, withdraw): the enterprise's staff only. Someone else who may
     * see the application (officer, recommender) is forbidden (403); whether the status allows the change is the
     * transition table's and the service's answer (409).
     */
    public boolean canChange(CurrentUser user, ApplicationSummary application) {
        return ownsAsApplicant(user, application);
    }

    /** Change sections and upload files: the enterprise, while the status is editable. */
    public boolean canEdit(CurrentUser user, ApplicationSummary application) {
        return ownsAsApplicant(user, application) && ApplicationStatusGroup.EDITABLE.contains(application.status());
    }

    public boolean canSubmit(CurrentUser user, ApplicationSummary application) {
        return ownsAsApplicant(user, application)
                && ApplicationTransition.submissionFrom(application.status()).isPresent();
    }

    public boolean canWithdraw(CurrentUser user, ApplicationSummary application) {
        return ownsAsApplicant(user, application)
                && ApplicationTransition.WITHDRAW.isAllowedFrom(application.status());
    }

    /**
     * Whether the user is the performer the transition table names for {@code transition} ({@code actor} column) for
     * this application: the enterprise's staff, the recommender of its division, or the programme office. Whether the
     * status allows the transition now is {@link #canDecide}'s further question.
     */
    public boolean performs(CurrentUser user, ApplicationSummary application, ApplicationTransition transition) {
        if (user == null || !inScope(scopeOf(user), application)) {
            return false;
        }
        return switch (transition.actor()) {
            case APPLICANT -> ownsAsApplicant(user, application);
            case RECOMMENDER -> scopeOf(user).kind() == ApplicationScope.Kind.DIVISION;
            case OFFICER -> user.actsAsOfficer();
        };
    }

    /** Take {@code transition} now: its performer, while the application's status allows it. */
    public boolean canDecide(CurrentUser user, ApplicationSummary application, ApplicationTransition transition) {
        return performs(user, application, transition) && transition.isAllowedFrom(application.status());
    }

    /** See the submitted versions and compare them: everyone whose scope holds the application, once submitted. */
    public boolean canSeeVersions(CurrentUser user, ApplicationSummary application) {
        return inScope(scopeOf(user), application) && application.lastVersionNo() > 0;
    }

    /** Read files: the enterprise all, the recommender and officers those of submitted versions (the query says). */
    public boolean canReadFiles(CurrentUser user, ApplicationSummary application) {
        return inScope(scopeOf(user), application);
    }

    private boolean ownsAsApplicant(CurrentUser user, ApplicationSummary application) {
        ApplicationScope scope = scopeOf(user);
        return scope.kind() == ApplicationScope.Kind.ENTERPRISE
                && scope.enterpriseId() == application.enterpriseId();
    }

    /** The same rule as the queries' scope clause, for an application already loaded. */
    public boolean inScope(ApplicationScope scope, ApplicationSummary application) {
        return switch (scope.kind()) {
            case ENTERPRISE -> scope.enterpriseId() == application.enterpriseId();
            case DIVISION -> scope.divisionCode().equals(application.divisionCode())
                    && ApplicationStatusGroup.VISIBLE_TO_RECOMMENDER.contains(application.status())
                    && application.lastVersionNo() > 0;
            case PROVINCE -> application.lastVersionNo() > 0;
            case ASSIGNED -> application.lastVersionNo() > 0 && assignments != null
                    && assignments.isAssigned(application.id(), scope.accountId());
            case ALL -> true;
            case NONE -> false;
        };
    }
}
