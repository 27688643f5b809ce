package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** What the officer entered breaks a rule: the problems beside their fields; nothing was changed. */
public class PublicityRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public PublicityRejectedException(List<FieldProblem> problems) {
        super("publicity.rejected " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
