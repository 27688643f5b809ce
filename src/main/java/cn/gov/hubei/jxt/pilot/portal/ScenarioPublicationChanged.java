package cn.gov.hubei.jxt.pilot.portal;

/**
 * A typical scenario entered or left the public library, or its public text or project industry changed: the portal's
 * caches of public data are stale. Published inside the changing transaction.
 */
public record ScenarioPublicationChanged(Long scenarioId, Long applicationId) {
}
