package cn.gov.hubei.jxt.pilot.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * An action that a rule does not allow now, told as a message key (in the refusing module's bundle) with its
 * arguments, so that pages and the API say why in words a person understands. Arguments may themselves be message
 * keys or {@link MessageSourceResolvable}s, which the module's handler resolves first.
 */
public abstract class RefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    protected RefusedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The message key. */
    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return new String[]{code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
