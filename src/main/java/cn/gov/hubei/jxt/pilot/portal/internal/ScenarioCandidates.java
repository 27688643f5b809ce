package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.application.ApplicationQuery;
import cn.gov.hubei.jxt.pilot.application.ApplicationScope;
import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.FrozenVersion;
import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.application.ProjectApplications;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes up the typical scenarios of applications that passed formal review as candidates: each scenario of the last
 * submitted (frozen) version's 示范推广 section, read with {@link ApplicationScope#PROVINCE}, copied once with the
 * project's public fields. Idempotent (one row per application and place); applications already taken up are not
 * read again, so a list reads only what is new.
 */
@Component
class ScenarioCandidates {

    private final ProjectApplications applications;
    private final ScenarioRepository repository;
    private final Clock clock;

    ScenarioCandidates(ProjectApplications applications, ScenarioRepository repository, Clock clock) {
        this.applications = applications;
        this.repository = repository;
        this.clock = clock;
    }

    /** Every application that passed formal review. */
    void takeUpAll() {
        takeUp(applications.list(ApplicationQuery.in(ApplicationScope.PROVINCE).status(ApplicationStatus.FORMAL_PASSED)));
    }

    /** The enterprise's applications that passed formal review. */
    void takeUpEnterprise(long enterpriseId) {
        takeUp(applications.list(ApplicationQuery.in(ApplicationScope.PROVINCE).status(ApplicationStatus.FORMAL_PASSED))
                .stream().filter(a -> a.enterpriseId() == enterpriseId).toList());
    }

    private void takeUp(List<ApplicationSummary> passed) {
        Map<Long, ApplicationSummary> byId = passed.stream()
                .collect(Collectors.toMap(ApplicationSummary::id, Function.identity()));
        Set<Long> missing = repository.withoutScenarios(byId.keySet());
        for (Long id : missing) {
            ApplicationSummary a = byId.get(id);
            applications.version(id, a.lastVersionNo(), ApplicationScope.PROVINCE)
                    .ifPresent(v -> takeUp(a, v));
        }
    }

    private void takeUp(ApplicationSummary a, FrozenVersion v) {
        SectionContent.BasicInfo basic = v.snapshot().sections().basic().normalised();
        List<SectionContent.Scenario> scenarios = v.snapshot().sections().scenarios().normalised().scenarios();
        String projectName = basic.projectName() != null ? basic.projectName()
                : a.projectName() != null ? a.projectName() : a.number();
        int year = callYear(a.number());
        for (int i = 0; i < scenarios.size(); i++) {
            SectionContent.Scenario s = scenarios.get(i);
            LifeCycleStage stage = LifeCycleStage.of(s.stage());
            if (s.name() == null || stage == null) {
                continue; // the section's rules let no such scenario through a submission; never guess one
            }
            repository.insertCandidate(a.id(), v.number(), i, a.enterpriseId(), year, a.enterpriseName(),
                    projectName, a.divisionCode(), basic.modes(), clip(s.name(), 200), stage, clip(s.problem(), 4000),
                    clip(s.solution(), 4000), clip(s.effect(), 4000), clock.instant());
        }
    }

    /** The call year is the first part of the 申报编号 (2026-420100-0001). */
    static int callYear(String number) {
        try {
            return Integer.parseInt(number.substring(0, 4));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
