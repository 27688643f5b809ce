package cn.gov.hubei.jxt.pilot.application;

/**
 * The answer to a submit request: the application and the version the submission produced. {@code repeated} is
 * true when the same idempotency key had already been used: nothing new was frozen, the first answer is given again.
 */
public record SubmissionResult(ApplicationSummary application, int versionNumber, boolean repeated) {
}
