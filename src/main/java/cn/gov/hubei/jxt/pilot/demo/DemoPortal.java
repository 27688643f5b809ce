package cn.gov.hubei.jxt.pilot.demo;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.portal.ScenarioStatus;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenario;
import cn.gov.hubei.jxt.pilot.portal.TypicalScenarios;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The typical-scenario library is not empty in the demo: for two demo enterprises whose applications passed formal
 * review, the enterprise's applicant consents to its first scenario and {@code officer} approves it, after assigning
 * the project's industry. The other scenarios stay candidates for the office's page.
 */
@Component
@Profile("!prod")
class DemoPortal {

    private static final Logger log = LoggerFactory.getLogger(DemoPortal.class);
    /** Demo applicants and the key industry of their enterprise's project. */
    private static final Map<String, String> APPLICANTS = Map.of(
            "qiye-yc1", "AUTOMOTIVE", "qiye-yc2", "HIGH_END_EQUIPMENT", "qiye-yc3", "HIGH_END_EQUIPMENT",
            "qiye-wh1", "AUTOMOTIVE", "qiye-wh2", "HIGH_END_EQUIPMENT");

    private final TypicalScenarios scenarios;
    private final UserAdministration users;

    DemoPortal(TypicalScenarios scenarios, UserAdministration users) {
        this.scenarios = scenarios;
        this.users = users;
    }

    void ensure() {
        CurrentUser officer = users.actingAs("officer").orElse(null);
        if (officer == null) {
            log.warn("Demo data: no officer to approve typical scenarios");
            return;
        }
        int published = 0;
        for (String username : List.of("qiye-yc1", "qiye-yc2", "qiye-yc3", "qiye-wh1", "qiye-wh2")) {
            if (published == 2) {
                break;
            }
            CurrentUser applicant = users.actingAs(username).orElse(null);
            if (applicant == null) {
                continue;
            }
            List<TypicalScenario> mine = scenarios.ofEnterprise(applicant);
            TypicalScenario first = mine.stream().filter(s -> s.status() == ScenarioStatus.CANDIDATE).findFirst()
                    .orElse(null);
            if (first == null) {
                continue;
            }
            scenarios.assignIndustry(first.applicationId(), APPLICANTS.get(username), officer);
            scenarios.act(first.id(), "consent", null, null, applicant);
            scenarios.act(first.id(), "approve", null, null, officer);
            published++;
        }
        log.info("Demo data: {} typical scenarios published in the portal's library", published);
    }
}
