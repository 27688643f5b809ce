package cn.gov.hubei.jxt.pilot.application;

/**
 * A resubmission (after a return or a correction request) whose content does not differ from the previous submitted
 * version in any field: refused until the enterprise confirms that it means to submit it unchanged.
 */
public class UnchangedResubmissionException extends ApplicationActionRefusedException {

    private final int previousVersion;

    public UnchangedResubmissionException(int previousVersion) {
        super("application.submit.unchanged", previousVersion);
        this.previousVersion = previousVersion;
    }

    public int previousVersion() {
        return previousVersion;
    }
}
