package cn.gov.hubei.jxt.pilot.call;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The call's status (or another guard of its transition table) does not allow what was asked, e.g. publishing a call
 * that is already published. Resolve it with a {@code MessageSource} for the text that tells the person why.
 */
public class CallActionRefusedException extends RefusedException {

    /**
     * @param args plain text, or {@link MessageSourceResolvable}s (such as {@link #statusLabel}) that the
     *             {@code MessageSource} resolves in turn
     */
    public CallActionRefusedException(String code, Object... args) {
        super(code, args);
    }

    /** The status's name as people read it, for use as a message argument. */
    public static MessageSourceResolvable statusLabel(CallStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {"call.status." + status.name()}, status.name());
    }
}
