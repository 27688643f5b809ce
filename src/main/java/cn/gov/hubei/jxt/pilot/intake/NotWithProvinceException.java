package cn.gov.hubei.jxt.pilot.intake;

/**
 * No such application, or one that is not with the province (a draft, one still with the recommender, returned,
 * withdrawn, not recommended): for the intake it does not exist, exactly as an id that was never issued.
 */
public class NotWithProvinceException extends RuntimeException {

    private final long applicationId;

    public NotWithProvinceException(long applicationId) {
        super("application " + applicationId + " is not with the province");
        this.applicationId = applicationId;
    }

    public long applicationId() {
        return applicationId;
    }
}
