package cn.gov.hubei.jxt.pilot.identity;

import java.util.List;

/**
 * An account change that the rules refuse. Each problem names the form field it belongs to (or {@code null} for the
 * whole form) and a message key with arguments, so pages and the API can show it beside the field.
 */
public class AccountRuleException extends RuntimeException {

    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final List<Problem> problems;

    public AccountRuleException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public AccountRuleException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
