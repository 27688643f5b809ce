package cn.gov.hubei.jxt.pilot.call.internal;

import cn.gov.hubei.jxt.pilot.call.CallField;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.call.CallStatus;
import cn.gov.hubei.jxt.pilot.call.CallTerms;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules a call's terms must follow, each tied to the field a person has to correct. Pages and the API check
 * their input shape with Bean Validation first; these rules are the authority and also guard callers from other
 * modules (such as the demo-data loader).
 */
@Component
class CallRules {

    static final int MIN_YEAR = 2020;
    static final int MAX_YEAR = 2100;
    static final int TITLE_MAX_LENGTH = 200;
    static final int NOTICE_MAX_LENGTH = 20_000;
    static final int MAX_QUOTA = 999;
    static final int MAX_PROJECTS_PER_ENTERPRISE = 99;

    private final ReferenceCatalog reference;

    private final Clock clock;

    CallRules(ReferenceCatalog reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Checks new terms; {@code current} is the call being edited, or {@code null} for a new draft.
     *
     * @param terms terms already normalised by {@link #normalised}
     */
    List<FieldProblem> check(CallTerms terms, ProgrammeCall current, Instant now) {
        List<FieldProblem> violations = new ArrayList<>();
        checkYear(terms, violations);
        checkText(terms, violations);
        checkTimes(terms, violations);
        checkLimits(terms, violations);
        checkElementConditionVersion(terms, violations);
        if (current != null) {
            List<FieldProblem> locked = new ArrayList<>();
            checkChangeAllowedNow(terms, current, now, locked);
            // A term that may not change at all needs no further advice on its value.
            violations.removeIf(v -> locked.stream().anyMatch(l -> l.field().equals(v.field())));
            violations.addAll(locked);
        }
        return violations;
    }

    /** Trims text and turns blank optional text into {@code null}, so that equal terms compare equal. */
    static CallTermsValues normalised(CallTerms terms) {
        return new CallTermsValues(terms.year(), strip(terms.title()), strip(terms.notice()), terms.filingOpensAt(),
                terms.filingClosesAt(), terms.recommendationDeadline(), terms.recommendationQuota(),
                terms.maxProjectsPerEnterprise(), strip(terms.elementConditionVersion()));
    }

    private void checkYear(CallTerms terms, List<FieldProblem> violations) {
        if (terms.year() == null) {
            violations.add(CallField.YEAR.problem("call.validation.year.required"));
        } else if (terms.year() < MIN_YEAR || terms.year() > MAX_YEAR) {
            violations.add(CallField.YEAR.problem("call.validation.year.range", MIN_YEAR, MAX_YEAR));
        } else if (terms.filingOpensAt() != null) {
            // A yearly call's filing opens in its own year; a mismatch is almost always a typo in one of the two.
            int openingYear = terms.filingOpensAt().atZone(clock.getZone()).getYear();
            if (openingYear != terms.year()) {
                violations.add(CallField.YEAR.problem("call.validation.year.mismatch", terms.year(),
                        openingYear));
            }
        }
    }

    private static void checkText(CallTerms terms, List<FieldProblem> violations) {
        if (terms.title() == null || terms.title().isBlank()) {
            violations.add(CallField.TITLE.problem("call.validation.title.required"));
        } else if (length(terms.title()) > TITLE_MAX_LENGTH) {
            violations.add(CallField.TITLE.problem("call.validation.title.length", TITLE_MAX_LENGTH,
                    length(terms.title())));
        }
        if (terms.notice() != null && length(terms.notice()) > NOTICE_MAX_LENGTH) {
            violations.add(CallField.NOTICE.problem("call.validation.notice.length", NOTICE_MAX_LENGTH,
                    length(terms.notice())));
        }
    }

    private static void checkTimes(CallTerms terms, List<FieldProblem> violations) {
        Instant opens = terms.filingOpensAt();
        Instant closes = terms.filingClosesAt();
        Instant deadline = terms.recommendationDeadline();
        if (opens == null) {
            violations.add(CallField.FILING_OPENS_AT.problem("call.validation.filingOpensAt.required"));
        }
        if (closes == null) {
            violations.add(CallField.FILING_CLOSES_AT.problem("call.validation.filingClosesAt.required"));
        } else if (opens != null && !opens.isBefore(closes)) {
            violations.add(CallField.FILING_CLOSES_AT.problem("call.validation.filingClosesAt.order"));
        }
        if (deadline == null) {
            violations.add(CallField.RECOMMENDATION_DEADLINE.problem(
                    "call.validation.recommendationDeadline.required"));
        } else if (closes != null && deadline.isBefore(closes)) {
            violations.add(CallField.RECOMMENDATION_DEADLINE.problem("call.validation.recommendationDeadline.order"));
        }
    }

    private static void checkLimits(CallTerms terms, List<FieldProblem> violations) {
        Integer quota = terms.recommendationQuota();
        if (quota != null && quota < 1) {
            violations.add(CallField.RECOMMENDATION_QUOTA.problem("call.validation.recommendationQuota.min"));
        } else if (quota != null && quota > MAX_QUOTA) {
            violations.add(CallField.RECOMMENDATION_QUOTA.problem("call.validation.recommendationQuota.max",
                    MAX_QUOTA));
        }
        Integer maxProjects = terms.maxProjectsPerEnterprise();
        if (maxProjects != null && maxProjects < 1) {
            violations.add(CallField.MAX_PROJECTS_PER_ENTERPRISE.problem(
                    "call.validation.maxProjectsPerEnterprise.min"));
        } else if (maxProjects != null && maxProjects > MAX_PROJECTS_PER_ENTERPRISE) {
            violations.add(CallField.MAX_PROJECTS_PER_ENTERPRISE.problem(
                    "call.validation.maxProjectsPerEnterprise.max", MAX_PROJECTS_PER_ENTERPRISE));
        }
    }

    private void checkElementConditionVersion(CallTerms terms, List<FieldProblem> violations) {
        String version = terms.elementConditionVersion();
        if (version == null || version.isBlank()) {
            violations.add(CallField.ELEMENT_CONDITION_VERSION.problem(
                    "call.validation.elementConditionVersion.required"));
            return;
        }
        List<String> known = reference.elementConditionVersions();
        if (!known.contains(version)) {
            violations.add(CallField.ELEMENT_CONDITION_VERSION.problem(
                    "call.validation.elementConditionVersion.unknown", version, String.join("、", known)));
        }
    }

    private void checkChangeAllowedNow(CallTerms terms, ProgrammeCall current, Instant now,
                                              List<FieldProblem> violations) {
        if (current.status().isIn(CallStatus.EXTENDABLE)) {
            CallTerms before = current.terms();
            for (CallField field : CallField.lockedWhileFilingOpen()) {
                if (!Objects.equals(field.valueIn(before), field.valueIn(terms))) {
                    violations.add(field.problem("call.validation.locked-while-filing-open"));
                }
            }
        }
        // Once announced, a closing time in the past would close filing behind the enterprises' backs.
        if (current.status() != CallStatus.DRAFT && terms.filingClosesAt() != null
                && !terms.filingClosesAt().isAfter(now)
                && !Objects.equals(terms.filingClosesAt(), current.filingClosesAt())) {
            violations.add(CallField.FILING_CLOSES_AT.problem("call.validation.filingClosesAt.past",
                    ProgrammeCall.shown(now, clock.getZone())));
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Normalised terms. */
    record CallTermsValues(Integer year, String title, String notice, Instant filingOpensAt, Instant filingClosesAt,
                           Instant recommendationDeadline, Integer recommendationQuota,
                           Integer maxProjectsPerEnterprise, String elementConditionVersion) implements CallTerms {
    }
}
