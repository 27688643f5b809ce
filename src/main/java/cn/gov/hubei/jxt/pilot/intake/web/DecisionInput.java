package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.intake.FormalDecision;
import cn.gov.hubei.jxt.pilot.intake.FormalReviewOutcome;
import cn.gov.hubei.jxt.pilot.intake.FormalReviews;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A decision as the page or the API posted it, as text: turned into a {@link FormalDecision}, with the problems of
 * form (an unknown outcome, a date that is no date) added to the rules' problems, so that a person sees every
 * problem at once, each beside its field.
 */
record DecisionInput(long applicationId, String outcome, List<String> reasons, String text, String deadline,
                     Integer reviewedVersionNo, String reviewedStatus) {

    /** The decision, with the fields that could not be read left empty (their problems are in {@link #problems}). */
    FormalDecision decision() {
        return new FormalDecision(applicationId, reviewedVersionNo, status(), outcomeValue(), reasons, text, date());
    }

    /** Every problem: the form's own, then the rules' for the other fields. */
    List<FieldProblem> problems(FormalReviews reviews) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome != null && !outcome.isBlank() && outcomeValue() == null) {
            problems.add(FieldProblem.invalid("outcome", "intake.validation.outcome.unknown", outcome));
        }
        if (deadline != null && !deadline.isBlank() && date() == null) {
            problems.add(FieldProblem.invalid("deadline", "intake.validation.deadline.invalid"));
        }
        if (reviewedStatus != null && !reviewedStatus.isBlank() && status() == null) {
            problems.add(FieldProblem.invalid("reviewedStatus", "intake.validation.guard.missing"));
        }
        Set<String> own = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        reviews.check(decision()).stream().filter(p -> !own.contains(p.field())).forEach(problems::add);
        return problems;
    }

    private FormalReviewOutcome outcomeValue() {
        return outcome == null ? null : Arrays.stream(FormalReviewOutcome.values())
                .filter(o -> o.name().equals(outcome.strip())).findFirst().orElse(null);
    }

    private ApplicationStatus status() {
        return reviewedStatus == null ? null : Arrays.stream(ApplicationStatus.values())
                .filter(s -> s.name().equals(reviewedStatus.strip())).findFirst().orElse(null);
    }

    private LocalDate date() {
        if (deadline == null || deadline.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(deadline.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
