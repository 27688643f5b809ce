package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typical scenarios on their way to the library, for the office and the enterprises. Every method takes the
 * person and checks {@link PortalPermissions} itself: a scenario the person may not see is "not found"
 * ({@link ScenarioNotFoundException}), an action the table, the phase or the person forbids is refused
 * ({@link ScenarioRefusedException}). Every change is audited and recorded with who and when; a repeated request
 * (double click, replay) finds the action done and changes nothing.
 */
public interface TypicalScenarios {

    /**
     * The office's list: every scenario of the applications that passed formal review (taken up as candidates on the
     * first reading), optionally of one status; by application number, then place.
     */
    List<TypicalScenario> candidates(ScenarioStatus status, CurrentUser officer);

    /** The scenarios of the applicant's enterprise (its applications that passed formal review). */
    List<TypicalScenario> ofEnterprise(CurrentUser applicant);

    /** One scenario, for the office or an applicant of its enterprise. */
    Optional<TypicalScenario> find(long scenarioId, CurrentUser user);

    /** The scenario's status changes, oldest first. */
    List<TypicalScenario.Change> history(long scenarioId, CurrentUser user);

    /**
     * Takes an action of the table ({@code consent}, {@code withdraw}, {@code approve}, {@code reject},
     * {@code reopen}) on behalf of {@code user}.
     *
     * @param expectedVersion the version the person saw, or {@code null} not to check it
     * @param reason          required for {@code reject}
     */
    TypicalScenario act(long scenarioId, String action, String reason, Integer expectedVersion, CurrentUser user);

    /** The office edits the public title and summary (lightly: the title as short as the scenario's name). */
    TypicalScenario editPublicText(long scenarioId, String publicTitle, String publicSummary, int expectedVersion,
                                   CurrentUser officer);

    /** The office assigns the key industry of a project (for the portal's filters); {@code null} clears it. */
    void assignIndustry(long applicationId, String industryCode, CurrentUser officer);

    /** The public title's and summary's limits: light edits of the enterprise's text. */
    int TITLE_LIMIT = 100;
    int SUMMARY_LIMIT = 500;
    int REASON_LIMIT = 1000;

    /** The problems of a public title and summary, beside their fields ({@code publicTitle}, {@code publicSummary}). */
    static List<FieldProblem> checkPublicText(String title, String summary) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(FieldProblem.missing("publicTitle", "portal.scenario.title.missing"));
        } else if (title.strip().codePointCount(0, title.strip().length()) > TITLE_LIMIT) {
            problems.add(FieldProblem.invalid("publicTitle", "portal.scenario.title.too-long", TITLE_LIMIT));
        }
        if (summary != null && summary.strip().codePointCount(0, summary.strip().length()) > SUMMARY_LIMIT) {
            problems.add(FieldProblem.invalid("publicSummary", "portal.scenario.summary.too-long", SUMMARY_LIMIT));
        }
        return problems;
    }

    /** The problem of a rejection's reason, beside its field ({@code reason}), if any. */
    static List<FieldProblem> checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(FieldProblem.missing("reason", "portal.scenario.reason.missing"));
        }
        if (reason.strip().codePointCount(0, reason.strip().length()) > REASON_LIMIT) {
            return List.of(FieldProblem.invalid("reason", "portal.scenario.reason.too-long", REASON_LIMIT));
        }
        return List.of();
    }
}
