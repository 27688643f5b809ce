package cn.gov.hubei.jxt.pilot.intake;

import java.util.List;

/** A decision that breaks the formal review's rules; nothing was recorded or changed. */
public class DecisionRejectedException extends RuntimeException {

    private final transient List<DecisionProblem> problems;

    public DecisionRejectedException(List<DecisionProblem> problems) {
        super("formal review decision rejected: " + problems.stream().map(DecisionProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<DecisionProblem> problems() {
        return problems;
    }
}
