package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** A submission or an office's step that breaks rules, each beside its field ({@code null} field: the whole form). */
public class ObjectionRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ObjectionRejectedException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
