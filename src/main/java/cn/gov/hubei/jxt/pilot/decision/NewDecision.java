package cn.gov.hubei.jxt.pilot.decision;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A decision to record as pending.
 *
 * @param batch   the release batch it belongs to
 * @param subject what it is about
 * @param kind    what is decided, a lower-case code of the owning module, e.g. {@code review.outcome}
 * @param outcome the outcome's code in the owning module, e.g. {@code PASS}
 * @param reason  the reason as a person wrote it; {@code null} for none (at most {@value #MAX_REASON} characters)
 * @param payload small JSON object the owning module defines (e.g. a score), {@code null} for none (at most
 *                {@value #MAX_PAYLOAD} characters)
 */
public record NewDecision(BatchKey batch, DecisionSubject subject, String kind, String outcome, String reason,
                          String payload) {

    public static final int MAX_REASON = 2000;
    public static final int MAX_PAYLOAD = 4000;
    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern OUTCOME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public NewDecision {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(subject, "subject");
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a decision kind is a short lower-case code such as review.outcome, not: "
                    + kind);
        }
        if (outcome == null || !OUTCOME.matcher(outcome).matches()) {
            throw new IllegalArgumentException("an outcome is a short code such as PASS, not: " + outcome);
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        payload = payload == null || payload.isBlank() ? null : payload.strip();
        if (payload != null && payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a decision's payload is small JSON of at most " + MAX_PAYLOAD
                    + " characters");
        }
    }
}
