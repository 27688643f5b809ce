package cn.gov.hubei.jxt.pilot.enterprise.internal;

import java.util.List;

/** A change to an enterprise's members that the rules refuse, each reason beside its field. */
public class MemberRuleException extends RuntimeException {

    private final List<Violation> violations;

    public MemberRuleException(List<Violation> violations) {
        super("member change refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    public MemberRuleException(String field, String code) {
        this(List.of(Violation.of(field, code)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
