package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** The terms of a call break one or more rules; nothing was saved. */
public class CallValidationException extends RuntimeException {

    private final transient List<FieldProblem> violations;

    public CallValidationException(List<FieldProblem> violations) {
        super("The call's terms break " + violations.size() + " rule(s): "
                + violations.stream().map(v -> v.field() + "=" + v.code()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<FieldProblem> violations() {
        return violations;
    }
}
