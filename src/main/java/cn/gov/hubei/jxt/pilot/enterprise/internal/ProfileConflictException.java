package cn.gov.hubei.jxt.pilot.enterprise.internal;

/**
 * Someone saved the profile after the version the caller edited: nothing was saved. The caller reads the current
 * version again to show it beside their own.
 */
public class ProfileConflictException extends RuntimeException {

    private final int expectedVersion;

    public ProfileConflictException(int expectedVersion) {
        super("profile version " + expectedVersion + " is not the current one");
        this.expectedVersion = expectedVersion;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
