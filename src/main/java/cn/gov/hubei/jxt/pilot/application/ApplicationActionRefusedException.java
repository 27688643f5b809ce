package cn.gov.hubei.jxt.pilot.application;

import org.springframework.context.MessageSourceResolvable;

/**
 * An action that the application's status, the call's filing window or a rule does not allow now. The message
 * (key in the application bundle, with arguments) says why in words a person understands.
 */
public class ApplicationActionRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public ApplicationActionRefusedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

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
