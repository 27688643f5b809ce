package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** What the person entered breaks a rule (a missing reason, a title too long): the problems beside their fields. */
public class ScenarioRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ScenarioRejectedException(List<FieldProblem> problems) {
        super("rejected: " + problems.stream().map(FieldProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
