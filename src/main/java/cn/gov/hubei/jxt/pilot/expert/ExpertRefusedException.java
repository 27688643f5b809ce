package cn.gov.hubei.jxt.pilot.expert;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.shared.RefusedException;

import java.util.List;

/**
 * The pool refuses an action: the message key (bundle {@code expert}) says why; for input that breaks rules, the
 * field problems say which field. Nothing was changed.
 */
public class ExpertRefusedException extends RefusedException {

    private final transient List<FieldProblem> problems;
    private final boolean notFound;

    public ExpertRefusedException(String code, Object... arguments) {
        super(code, arguments);
        this.problems = List.of();
        this.notFound = false;
    }

    private ExpertRefusedException(String code, List<FieldProblem> problems, boolean notFound) {
        super(code);
        this.problems = List.copyOf(problems);
        this.notFound = notFound;
    }

    /** Input that breaks the rules named by the problems. */
    public static ExpertRefusedException invalid(List<FieldProblem> problems) {
        return new ExpertRefusedException("expert.invalid", problems, false);
    }

    /** The object does not exist or the caller may not see it: the same answer. */
    public static ExpertRefusedException notFound() {
        return new ExpertRefusedException("expert.not-found", List.of(), true);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
