package cn.gov.hubei.jxt.pilot.call;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Arrays;

/**
 * The call's status (or another guard of its transition table) does not allow what was asked, e.g. publishing a call
 * that is already published. Resolve it with a {@code MessageSource} for the text that tells the person why.
 */
public class CallActionRefusedException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final Object[] args;

    /**
     * @param args plain text, or {@link MessageSourceResolvable}s (such as {@link #statusLabel}) that the
     *             {@code MessageSource} resolves in turn
     */
    public CallActionRefusedException(String code, Object... args) {
        super("Refused: " + code + " " + Arrays.toString(args));
        this.code = code;
        this.args = args.clone();
    }

    /** The status's name as people read it, for use as a message argument. */
    public static MessageSourceResolvable statusLabel(CallStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"call.status." + status.name()}, status.name());
    }

    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
