package cn.gov.hubei.jxt.pilot.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The designated projects as the public portal shows them (public fields only; no contacts, no attachments). */
public interface PublicProjects {

    int PAGE_SIZE = 20;

    /** One page of designated projects matching the filter (newest year first, then division and name). */
    Page search(Filter filter);

    /** The years with designated projects, newest first. */
    List<Integer> years();

    /** A designated project's public page. */
    Optional<ProjectPage> find(long designationId);

    /** The latest designations (for the portal's home). */
    List<ProjectCard> latest(int count);

    /**
     * @param year     the designation year, or {@code null}
     * @param division a division code (one of the 17), or {@code null}
     * @param mode     a mode code, or {@code null}
     * @param industry a key industry code, or {@code null}
     * @param text     in the project or the enterprise name, or {@code null}
     * @param page     from 0
     */
    record Filter(Integer year, String division, String mode, String industry, String text, int page) {
        public Filter {
            division = ScenarioLibrary.Filter.blankToNull(division);
            mode = ScenarioLibrary.Filter.blankToNull(mode);
            industry = ScenarioLibrary.Filter.blankToNull(industry);
            text = ScenarioLibrary.Filter.blankToNull(text);
            page = Math.max(0, page);
        }
    }

    record Page(List<ProjectCard> projects, long total, int page, int pageCount) {
    }

    /** A designated project in a list. */
    record ProjectCard(long designationId, long applicationId, int year, String documentNumber, String projectName,
                       String enterpriseName, String divisionCode, List<String> modeCodes, String industryCode,
                       LocalDate validFrom, LocalDate validUntil, String status) {
    }

    /** A designated project's page: the card, the summary, the five indicators as declared, its published scenarios. */
    record ProjectPage(ProjectCard project, String summary, List<IndicatorLine> indicators,
                       List<ScenarioLibrary.PublicScenario> scenarios) {
    }

    /**
     * One of the five indicators as the application declared it (before → after) and the change in its right
     * direction, in percent with one decimal ({@code null} when it cannot be computed).
     */
    record IndicatorLine(String code, String name, String unit, String before, String after,
                         java.math.BigDecimal improvementPercent) {
    }
}
