package cn.gov.hubei.jxt.pilot.meeting.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the meeting needs to know of applications, read through the application module's API: a call's applications
 * that passed formal review (one query) and the modes an application was submitted with (its last frozen version).
 */
@Component
class AgendaFacts {

    private final ProjectApplications applications;

    AgendaFacts(ProjectApplications applications) {
        this.applications = applications;
    }

    /** The call's applications that passed formal review, by number. */
    Map<Long, ApplicationSummary> passed(long callId) {
        Map<Long, ApplicationSummary> byId = new LinkedHashMap<>();
        applications.list(ApplicationQuery.in(ApplicationScope.ALL).call(callId)
                        .status(ApplicationStatus.FORMAL_PASSED)).stream()
                .sorted(java.util.Comparator.comparing(ApplicationSummary::number))
                .forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    Optional<ApplicationSummary> find(long applicationId) {
        return applications.find(applicationId, ApplicationScope.ALL);
    }

    /** The modes (codes) of the application's last submitted version, in the order the applicant gave them. */
    List<String> modes(ApplicationSummary application) {
        if (application.lastVersionNo() < 1) {
            return List.of();
        }
        return applications.version(application.id(), application.lastVersionNo(), ApplicationScope.ALL)
                .map(FrozenVersion::snapshot)
                .map(s -> s.sections().basic() == null ? List.<String>of() : s.sections().basic().modes())
                .orElse(List.of());
    }
}
