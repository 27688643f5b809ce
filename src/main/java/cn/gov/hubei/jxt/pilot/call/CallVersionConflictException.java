package cn.gov.hubei.jxt.pilot.call;

/** Someone (or the clock) changed the call after the caller read it; the caller must reload and decide again. */
public class CallVersionConflictException extends RuntimeException {

    private final long callId;
    private final long expectedVersion;
    private final long currentVersion;

    public CallVersionConflictException(long callId, long expectedVersion, long currentVersion) {
        super("Call " + callId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.callId = callId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long callId() {
        return callId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
