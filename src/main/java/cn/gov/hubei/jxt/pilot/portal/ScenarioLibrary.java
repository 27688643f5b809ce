package cn.gov.hubei.jxt.pilot.portal;

import java.util.List;
import java.util.Optional;

/** The public typical-scenario library (典型场景库): published scenarios only, public fields only. */
public interface ScenarioLibrary {

    int PAGE_SIZE = 20;

    /** One page of published scenarios matching the filter, newest publication first, with the total. */
    Page search(Filter filter);

    /** A published scenario. */
    Optional<PublicScenario> find(long scenarioId);

    /** The published scenarios of an application, in their order. */
    List<PublicScenario> ofApplication(long applicationId);

    /**
     * @param stage    a {@link cn.gov.hubei.jxt.pilot.application.LifeCycleStage} name, or {@code null}
     * @param mode     a mode code, or {@code null}
     * @param industry a key industry code, or {@code null}
     * @param text     in the title, name, project or enterprise name, or {@code null}
     * @param page     from 0
     */
    record Filter(String stage, String mode, String industry, String text, int page) {
        public Filter {
            stage = blankToNull(stage);
            mode = blankToNull(mode);
            industry = blankToNull(industry);
            text = blankToNull(text);
            page = Math.max(0, page);
        }

        static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    record Page(List<PublicScenario> scenarios, long total, int page, int pageCount) {
    }

    /** What the public sees of a scenario. */
    record PublicScenario(long id, long applicationId, String title, String summary, String name, String stage,
                          String problem, String solution, String effect, String enterpriseName, String projectName,
                          String divisionCode, List<String> modeCodes, String industryCode, int year,
                          java.time.Instant publishedAt) {
    }
}
