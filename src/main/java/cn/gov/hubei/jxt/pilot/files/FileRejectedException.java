package cn.gov.hubei.jxt.pilot.files;

/**
 * An upload the store refuses. {@code messageKey} (in the files bundle) says why in words a person understands;
 * {@code arguments} fill it in (e.g. the limit in MB, the allowed kinds).
 */
public class FileRejectedException extends RuntimeException {

    public enum Reason { EMPTY, TOO_LARGE, KIND_NOT_ALLOWED }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    public FileRejectedException(Reason reason, String messageKey, Object... arguments) {
        super(reason + " " + messageKey);
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * As above, with the message already resolved: {@link #getMessage()} is then the text to show the uploader, so a
     * caller may display it as it is or resolve {@code messageKey} itself.
     */
    public FileRejectedException(Reason reason, String messageKey, Object[] arguments, String text) {
        super(text);
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
