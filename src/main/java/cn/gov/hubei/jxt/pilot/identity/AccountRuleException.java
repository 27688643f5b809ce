package cn.gov.hubei.jxt.pilot.identity;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/**
 * An account change that the rules refuse. Each problem names the form field it belongs to (or {@code null} for the
 * whole form) and a message key with arguments, so pages and the API can show it beside the field.
 */
public class AccountRuleException extends RuntimeException {

    private final List<FieldProblem> problems;

    public AccountRuleException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::code).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public AccountRuleException(String field, String messageKey, Object... arguments) {
        this(List.of(FieldProblem.invalid(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
