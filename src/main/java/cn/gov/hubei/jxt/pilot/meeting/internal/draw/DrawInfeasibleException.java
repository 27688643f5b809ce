package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

/**
 * No assignment keeps every rule (too few candidates for an application, too few covering experts, too little
 * capacity in the pool). The message key and its arguments say which rule and where.
 *
 * @see #messageKey()
 */
public class DrawInfeasibleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DrawInfeasibleException(String messageKey, Object... arguments) {
        super(messageKey + " " + java.util.Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /**
     * One of {@code meeting.draw.infeasible.candidates} (application id, needed, available),
     * {@code meeting.draw.infeasible.coverage} (application id, needed, available) or
     * {@code meeting.draw.infeasible.capacity} (seats needed, seats the pool can give).
     */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
