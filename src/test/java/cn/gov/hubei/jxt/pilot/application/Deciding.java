package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;

import java.time.Instant;
import java.util.Set;

/**
 * Tests' way to take a recommender's or an officer's decision on an application directly: the person is the
 * performer the transition table names (the recommender of the application's division, or an officer), with the
 * given user name in the history and the audit trail.
 */
public final class Deciding {

    private Deciding() {
    }

    public static ApplicationSummary decide(ProjectApplications applications, long id,
                                            ApplicationTransition transition, String reason, Instant deadline,
                                            String name) {
        ApplicationSummary application = applications.find(id, ApplicationScope.ALL).orElseThrow();
        return applications.decide(id, transition, reason, deadline, performer(transition, application, name));
    }

    /** The person who performs {@code transition} on {@code application}, named {@code name}. */
    public static CurrentUser performer(ApplicationTransition transition, ApplicationSummary application,
                                        String name) {
        return switch (transition.actor()) {
            case RECOMMENDER -> new CurrentUser(0, name, name, Set.of(Role.RECOMMENDER), null,
                    application.divisionCode(), false);
            case OFFICER -> new CurrentUser(0, name, name, Set.of(Role.OFFICER), null, null, false);
            case APPLICANT -> throw new IllegalArgumentException(transition + " is the applicant's");
        };
    }
}
