package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.Arrays;
import java.util.List;

/**
 * The terms of a call by name: the {@link CallTerms} component, form field and JSON property share the name, so a
 * {@link FieldProblem} lands beside the right input on a page and in the right place of an API error.
 */
public enum CallField {
    YEAR("year", false),
    TITLE("title", false),
    NOTICE("notice", true),
    FILING_OPENS_AT("filingOpensAt", false),
    FILING_CLOSES_AT("filingClosesAt", true),
    RECOMMENDATION_DEADLINE("recommendationDeadline", true),
    RECOMMENDATION_QUOTA("recommendationQuota", true),
    MAX_PROJECTS_PER_ENTERPRISE("maxProjectsPerEnterprise", false),
    ELEMENT_CONDITION_VERSION("elementConditionVersion", false);

    private final String property;
    private final boolean changeableWhileFilingOpen;

    CallField(String property, boolean changeableWhileFilingOpen) {
        this.property = property;
        this.changeableWhileFilingOpen = changeableWhileFilingOpen;
    }

    /** A broken rule of this term; arguments become text (so that no number shows as "2,026"). */
    public FieldProblem problem(String code, Object... args) {
        return FieldProblem.invalid(property, code, Arrays.stream(args).map(String::valueOf).toArray());
    }

    public String property() {
        return property;
    }

    /**
     * Whether the term may change while enterprises are filing ({@link CallStatus#EXTENDABLE}). Changing the year,
     * title, opening time, per-enterprise limit or element conditions then would change the rules under which
     * applications were already filed; extending the window, the deadline or the quota, or correcting the notice,
     * does not.
     */
    public boolean changeableWhileFilingOpen() {
        return changeableWhileFilingOpen;
    }

    /** The term's value in a set of terms. */
    public Object valueIn(CallTerms terms) {
        return switch (this) {
            case YEAR -> terms.year();
            case TITLE -> terms.title();
            case NOTICE -> terms.notice();
            case FILING_OPENS_AT -> terms.filingOpensAt();
            case FILING_CLOSES_AT -> terms.filingClosesAt();
            case RECOMMENDATION_DEADLINE -> terms.recommendationDeadline();
            case RECOMMENDATION_QUOTA -> terms.recommendationQuota();
            case MAX_PROJECTS_PER_ENTERPRISE -> terms.maxProjectsPerEnterprise();
            case ELEMENT_CONDITION_VERSION -> terms.elementConditionVersion();
        };
    }

    public static List<CallField> lockedWhileFilingOpen() {
        return Arrays.stream(values()).filter(f -> !f.changeableWhileFilingOpen).toList();
    }
}
