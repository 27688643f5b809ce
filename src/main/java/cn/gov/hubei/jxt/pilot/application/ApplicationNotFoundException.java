package cn.gov.hubei.jxt.pilot.application;

/** No such application, or none the caller may see: both answer the same, so a guessed id reveals nothing. */
public class ApplicationNotFoundException extends RuntimeException {

    private final long applicationId;

    public ApplicationNotFoundException(long applicationId) {
        super("application " + applicationId + " not found");
        this.applicationId = applicationId;
    }

    public long applicationId() {
        return applicationId;
    }
}
