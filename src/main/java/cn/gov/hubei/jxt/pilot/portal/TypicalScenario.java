package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;

import java.time.Instant;
import java.util.List;

/**
 * A typical scenario of an application's 示范推广 section as the office and the enterprise see it: the scenario as
 * submitted (frozen version {@code versionNo}, place {@code position}), the project's public fields, the office's public
 * title and summary, the status with the consent and the decision on record, and the project's phase.
 *
 * @param industryCode the key industry the office assigned to the project, or {@code null}
 * @param version      optimistic version: every change adds one
 */
public record TypicalScenario(long id, long applicationId, int versionNo, int position, long enterpriseId,
                              int callYear, String enterpriseName, String projectName, String divisionCode,
                              List<String> modeCodes, String industryCode, String name, LifeCycleStage stage,
                              String problem, String solution, String effect, String publicTitle,
                              String publicSummary, ScenarioStatus status, String consentedBy, Instant consentedAt,
                              String decidedBy, Instant decidedAt, String reason, Instant publishedAt, int version,
                              ScenarioPhase phase) {

    public TypicalScenario withPhase(ScenarioPhase phase) {
        return new TypicalScenario(id, applicationId, versionNo, position, enterpriseId, callYear, enterpriseName,
                projectName, divisionCode, modeCodes, industryCode, name, stage, problem, solution, effect,
                publicTitle, publicSummary, status, consentedBy, consentedAt, decidedBy, decidedAt, reason,
                publishedAt, version, phase);
    }

    /** One status change on record. */
    public record Change(String transition, ScenarioStatus from, ScenarioStatus to, String actor, Instant at,
                         String reason) {
    }
}
