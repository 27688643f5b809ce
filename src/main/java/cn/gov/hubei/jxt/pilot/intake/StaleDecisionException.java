package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;

import java.util.Optional;

/**
 * The application is no longer at the version and status the officer reviewed: the same form posted twice (a double
 * click), or someone decided or the enterprise resubmitted meanwhile. Nothing was recorded.
 *
 * @param latest the decision that is on record now, if any (for a doubled request: the first one)
 */
public class StaleDecisionException extends RuntimeException {

    private final long applicationId;
    private final ApplicationStatus currentStatus;
    private final int currentVersionNo;
    private final transient FormalReview latest;

    public StaleDecisionException(long applicationId, ApplicationStatus currentStatus, int currentVersionNo,
                                  FormalReview latest) {
        super("application " + applicationId + " is now " + currentStatus + " at version " + currentVersionNo);
        this.applicationId = applicationId;
        this.currentStatus = currentStatus;
        this.currentVersionNo = currentVersionNo;
        this.latest = latest;
    }

    public long applicationId() {
        return applicationId;
    }

    public ApplicationStatus currentStatus() {
        return currentStatus;
    }

    public int currentVersionNo() {
        return currentVersionNo;
    }

    public Optional<FormalReview> latest() {
        return Optional.ofNullable(latest);
    }
}
