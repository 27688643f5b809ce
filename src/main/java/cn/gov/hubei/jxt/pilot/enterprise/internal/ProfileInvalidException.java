package cn.gov.hubei.jxt.pilot.enterprise.internal;

import java.util.List;

/** A profile that breaks {@link ProfileRules}; nothing was saved. */
public class ProfileInvalidException extends RuntimeException {

    private final List<Violation> violations;

    public ProfileInvalidException(List<Violation> violations) {
        super("profile invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
