package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import java.util.List;

/** A change to an enterprise's members that the rules refuse, each reason beside its field. */
public class MemberRuleException extends RuntimeException {

    private final List<FieldProblem> violations;

    public MemberRuleException(List<FieldProblem> violations) {
        super("member change refused: " + violations);
        this.violations = List.copyOf(violations);
    }

    public MemberRuleException(String field, String code) {
        this(List.of(FieldProblem.invalid(field, code)));
    }

    public List<FieldProblem> violations() {
        return violations;
    }
}
