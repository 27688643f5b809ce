package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/**
 * The result of validating one saved section: its derived state, its problems (severity {@code MISSING} or
 * {@code INVALID}) and its flags (severity {@code FLAG}).
 */
public record SectionCheck(SectionKey key, SectionState state, int version, List<FieldProblem> problems,
                           List<FieldProblem> flags) {

    public SectionCheck {
        problems = List.copyOf(problems);
        flags = List.copyOf(flags);
    }

    /** The same judgement of the same content, saved as another version. */
    public SectionCheck withVersion(int other) {
        return new SectionCheck(key, state, other, problems, flags);
    }

    public boolean isComplete() {
        return state == SectionState.COMPLETE;
    }

    /** The problems that break a rule (not those that only say something is missing). */
    public List<FieldProblem> invalid() {
        return problems.stream().filter(p -> p.severity() == FieldProblem.Severity.INVALID).toList();
    }
}
