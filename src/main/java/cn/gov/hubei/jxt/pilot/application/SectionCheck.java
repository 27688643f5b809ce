package cn.gov.hubei.jxt.pilot.application;

import java.util.List;

/** The result of validating one saved section: its derived state, its problems and its flags. */
public record SectionCheck(SectionKey key, SectionState state, int version, List<SectionProblem> problems,
                           List<SectionFlag> flags) {

    public SectionCheck {
        problems = List.copyOf(problems);
        flags = List.copyOf(flags);
    }

    public boolean isComplete() {
        return state == SectionState.COMPLETE;
    }

    /** The problems that break a rule (not those that only say something is missing). */
    public List<SectionProblem> invalid() {
        return problems.stream().filter(p -> p.severity() == SectionProblem.Severity.INVALID).toList();
    }
}
