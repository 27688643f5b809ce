package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** A decision that breaks the formal review's rules; nothing was recorded or changed. */
public class DecisionRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public DecisionRejectedException(List<FieldProblem> problems) {
        super("formal review decision rejected: " + problems.stream().map(FieldProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
