package cn.gov.hubei.jxt.pilot.intake.internal;

import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewReason;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a formal review decision, field by field, for the page and the API alike:
 * <ul>
 *   <li>the decision names the version and status the officer reviewed (the guard against doubled requests);</li>
 *   <li>a pass has no reason codes and no deadline, its text is an optional remark;</li>
 *   <li>a correction request needs at least one reason code, a text saying what to correct, and a deadline (the end
 *       of a day in the clock's zone) that lies in the future;</li>
 *   <li>a failure needs at least one reason code; a text when one of them is 其他 (OTHER); no deadline;</li>
 *   <li>texts are at most {@value FormalReviews#TEXT_LIMIT} characters as a person counts them.</li>
 * </ul>
 */
final class FormalDecisionRules {

    static final String FIELD_OUTCOME = "outcome";
    static final String FIELD_REASONS = "reasons";
    static final String FIELD_TEXT = "text";
    static final String FIELD_DEADLINE = "deadline";
    static final String FIELD_VERSION = "reviewedVersionNo";
    static final String FIELD_STATUS = "reviewedStatus";

    private FormalDecisionRules() {
    }

    /** A decision whose rules hold, cleaned: reason codes known, unique and in their order; text stripped. */
    record Checked(List<FormalReviewReason> reasons, String text, Instant deadline) {
    }

    /**
     * The broken rules; empty when the decision may be taken.
     *
     * @param deadline the end of the decision's due date, already computed; {@code null} when none was given
     */
    static List<FieldProblem> problems(FormalDecision decision, Instant deadline, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.reviewedVersionNo() == null) {
            problems.add(FieldProblem.missing(FIELD_VERSION, "intake.validation.guard.missing"));
        }
        if (decision.reviewedStatus() == null) {
            problems.add(FieldProblem.missing(FIELD_STATUS, "intake.validation.guard.missing"));
        }
        FormalReviewOutcome outcome = decision.outcome();
        if (outcome == null) {
            problems.add(FieldProblem.missing(FIELD_OUTCOME, "intake.validation.outcome.required"));
        }
        List<String> unknown = decision.reasons().stream().filter(code -> !known(code)).toList();
        if (!unknown.isEmpty()) {
            problems.add(FieldProblem.invalid(FIELD_REASONS, "intake.validation.reasons.unknown",
                    String.join(", ", unknown)));
        }
        List<FormalReviewReason> reasons = reasons(decision);
        String text = text(decision);
        if (text != null && text.codePointCount(0, text.length()) > FormalReviews.TEXT_LIMIT) {
            problems.add(FieldProblem.invalid(FIELD_TEXT, "intake.validation.text.too-long",
                    FormalReviews.TEXT_LIMIT, text.codePointCount(0, text.length())));
        }
        if (outcome == null) {
            return problems;
        }
        if (outcome.needsReasons() && reasons.isEmpty() && unknown.isEmpty()) {
            problems.add(FieldProblem.missing(FIELD_REASONS, "intake.validation.reasons.required"));
        }
        if (!outcome.needsReasons() && !decision.reasons().isEmpty()) {
            problems.add(FieldProblem.invalid(FIELD_REASONS, "intake.validation.reasons.not-for-pass"));
        }
        if (text == null && outcome == FormalReviewOutcome.REQUEST_CORRECTION) {
            problems.add(FieldProblem.missing(FIELD_TEXT, "intake.validation.text.required-for-correction"));
        } else if (text == null && outcome == FormalReviewOutcome.FAIL && reasons.contains(FormalReviewReason.OTHER)) {
            problems.add(FieldProblem.missing(FIELD_TEXT, "intake.validation.text.required-for-other"));
        }
        if (outcome == FormalReviewOutcome.REQUEST_CORRECTION) {
            if (deadline == null) {
                problems.add(FieldProblem.missing(FIELD_DEADLINE, "intake.validation.deadline.required"));
            } else if (!deadline.isAfter(now)) {
                problems.add(FieldProblem.invalid(FIELD_DEADLINE, "intake.validation.deadline.past"));
            }
        } else if (deadline != null) {
            problems.add(FieldProblem.invalid(FIELD_DEADLINE, "intake.validation.deadline.not-for-outcome"));
        }
        return problems;
    }

    static Checked checked(FormalDecision decision, Instant deadline) {
        return new Checked(reasons(decision), text(decision), deadline);
    }

    private static List<FormalReviewReason> reasons(FormalDecision decision) {
        Set<FormalReviewReason> reasons = EnumSet.noneOf(FormalReviewReason.class);
        decision.reasons().stream().filter(FormalDecisionRules::known).map(FormalReviewReason::valueOf)
                .forEach(reasons::add);
        return List.copyOf(reasons);
    }

    /** The text without surrounding white space and with Windows line ends unified; {@code null} when blank. */
    private static String text(FormalDecision decision) {
        if (decision.text() == null) {
            return null;
        }
        String text = decision.text().replace("\r\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean known(String code) {
        return code != null && Arrays.stream(FormalReviewReason.values()).anyMatch(r -> r.name().equals(code));
    }
}
