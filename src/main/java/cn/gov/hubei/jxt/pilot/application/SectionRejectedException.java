package cn.gov.hubei.jxt.pilot.application;

import java.util.List;

/** A section that breaks rules and was not saved (the JSON API's strict save); the problems say which. */
public class SectionRejectedException extends RuntimeException {

    private final List<SectionProblem> problems;

    public SectionRejectedException(List<SectionProblem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<SectionProblem> problems() {
        return problems;
    }
}
