package cn.gov.hubei.jxt.pilot.enterprise.internal;

/** A decision on a registration that cannot be taken: the message code says why. */
public class RegistrationDecisionException extends RuntimeException {

    private final String code;
    private final String field;

    public RegistrationDecisionException(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The form field the problem belongs to, or {@code null} for the whole decision. */
    public String field() {
        return field;
    }
}
