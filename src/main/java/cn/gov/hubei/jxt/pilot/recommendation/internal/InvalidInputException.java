package cn.gov.hubei.jxt.pilot.recommendation.internal;

import java.util.List;

/** Input that breaks a rule: one problem per field, each a message key with its arguments. */
public class InvalidInputException extends RuntimeException {

    /** @param field the form field, e.g. {@code items[2].note}, {@code remark}, {@code reason} */
    public record Problem(String field, String code, Object... arguments) {
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String code, Object... arguments) {
        this(List.of(new Problem(field, code, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
