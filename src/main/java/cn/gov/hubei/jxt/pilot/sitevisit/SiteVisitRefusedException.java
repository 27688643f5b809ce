package cn.gov.hubei.jxt.pilot.sitevisit;

import org.springframework.context.MessageSourceResolvable;

/**
 * An action the visit's phase or the person's part does not allow now (locked after sign-off, not the leader, changed
 * meanwhile …): the message key says why, with its arguments; nothing was changed.
 */
public class SiteVisitRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    public SiteVisitRefusedException(String code, Object... arguments) {
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
