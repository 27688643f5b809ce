package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** A rubric, a sheet or a proposal breaks a rule: the problems beside their fields. Nothing was saved. */
public class ReviewRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ReviewRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
