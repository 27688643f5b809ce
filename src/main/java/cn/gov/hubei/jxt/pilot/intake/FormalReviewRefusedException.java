package cn.gov.hubei.jxt.pilot.intake;

import org.springframework.context.MessageSourceResolvable;

/**
 * A decision the application's status does not allow now (it is with the province but does not wait for a formal
 * review). The message is a key in the intake bundle with its arguments (statuses as their message keys).
 */
public class FormalReviewRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public FormalReviewRefusedException(String code, Object... arguments) {
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
