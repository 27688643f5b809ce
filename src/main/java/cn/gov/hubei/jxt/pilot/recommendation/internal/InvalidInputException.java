package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** Input that breaks a rule: one {@link FieldProblem} per field, each a message key with its arguments. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    /** One value that breaks a rule ({@link FieldProblem#invalid}). */
    public InvalidInputException(String field, String code, Object... arguments) {
        this(FieldProblem.invalid(field, code, arguments));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
