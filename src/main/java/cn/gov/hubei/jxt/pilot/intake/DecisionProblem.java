package cn.gov.hubei.jxt.pilot.intake;

import org.springframework.context.MessageSourceResolvable;

/**
 * One broken rule of a decision: the field (as the form and the API name it) and the message (a key in the intake
 * bundle with its arguments).
 */
public record DecisionProblem(String field, String code, Object... arguments) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[]{code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
