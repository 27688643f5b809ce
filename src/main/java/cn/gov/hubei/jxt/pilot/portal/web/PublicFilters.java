package cn.gov.hubei.jxt.pilot.portal.web;

import cn.gov.hubei.jxt.pilot.portal.PublicProjects;
import cn.gov.hubei.jxt.pilot.portal.ScenarioLibrary;

/**
 * The public lists' query parameters as people and robots send them: anything that is not a known code, a year or a
 * page number is ignored (the list is then not filtered by it), text is cut to {@link #TEXT_LIMIT} characters.
 */
final class PublicFilters {

    static final int TEXT_LIMIT = 50;

    private PublicFilters() {
    }

    record ProjectForm(String year, String division, String mode, String industry, String q, String page) {
    }

    record ScenarioForm(String stage, String mode, String industry, String q, String page) {
    }

    static PublicProjects.Filter projects(ProjectForm f, PortalVocabulary vocabulary) {
        Integer year = number(f.year(), 2000, 2999);
        Integer page = number(f.page(), 1, 100_000);
        return new PublicProjects.Filter(year, vocabulary.isDivision(f.division()) ? f.division() : null,
                vocabulary.isMode(f.mode()) ? f.mode() : null, vocabulary.isIndustry(f.industry()) ? f.industry() : null,
                text(f.q()), page == null ? 0 : page - 1);
    }

    static ScenarioLibrary.Filter scenarios(ScenarioForm f, PortalVocabulary vocabulary) {
        Integer page = number(f.page(), 1, 100_000);
        return new ScenarioLibrary.Filter(vocabulary.isStage(f.stage()) ? f.stage() : null,
                vocabulary.isMode(f.mode()) ? f.mode() : null, vocabulary.isIndustry(f.industry()) ? f.industry() : null,
                text(f.q()), page == null ? 0 : page - 1);
    }

    static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String t = q.strip();
        return t.codePointCount(0, t.length()) <= TEXT_LIMIT ? t : t.substring(0, t.offsetByCodePoints(0, TEXT_LIMIT));
    }

    static Integer number(String value, int min, int max) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return null;
        }
        int n = Integer.parseInt(value.strip());
        return n < min || n > max ? null : n;
    }
}
