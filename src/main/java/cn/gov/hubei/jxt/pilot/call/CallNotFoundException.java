package cn.gov.hubei.jxt.pilot.call;

public class CallNotFoundException extends RuntimeException {

    private final long callId;

    public CallNotFoundException(long callId) {
        super("No call with id " + callId);
        this.callId = callId;
    }

    public long callId() {
        return callId;
    }
}
