package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import java.util.List;

/** A profile that breaks {@link ProfileRules}; nothing was saved. */
public class ProfileInvalidException extends RuntimeException {

    private final List<FieldProblem> violations;

    public ProfileInvalidException(List<FieldProblem> violations) {
        super("profile invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<FieldProblem> violations() {
        return violations;
    }
}
