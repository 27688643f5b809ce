package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** A section that breaks rules and was not saved (the JSON API's strict save); the problems say which. */
public class SectionRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public SectionRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
