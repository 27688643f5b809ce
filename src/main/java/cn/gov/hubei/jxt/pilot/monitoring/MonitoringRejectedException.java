package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** What was entered breaks a rule: the problems beside their fields; nothing was changed. */
public class MonitoringRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public MonitoringRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
