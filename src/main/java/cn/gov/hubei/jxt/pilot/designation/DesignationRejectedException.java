package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** What was entered breaks a rule (document number, date, file, plaque dates): the problems beside their fields. */
public class DesignationRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public DesignationRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
