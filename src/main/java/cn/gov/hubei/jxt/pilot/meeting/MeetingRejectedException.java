package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** The meeting's parameters (or a group) break rules, each told beside its field. Nothing was changed. */
public class MeetingRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public MeetingRejectedException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
