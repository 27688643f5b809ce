/**
 * The application (申报书) of an enterprise in a yearly call: its draft as separately versioned sections, the
 * derived completeness of each section, submission to the division's recommender with frozen numbered versions,
 * withdrawal and return for revision.
 *
 * <p>Other modules use {@link cn.gov.hubei.jxt.pilot.application.ProjectApplications} and listen to
 * {@link cn.gov.hubei.jxt.pilot.application.ApplicationSubmitted}, {@link ApplicationWithdrawn} and
 * {@link ApplicationReturned}. Every status change goes through the transition table
 * {@link cn.gov.hubei.jxt.pilot.application.ApplicationTransition}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application",
        allowedDependencies = {
                "audit", "call", "documents", "enterprise", "files", "identity", "notification", "platform",
                "reference"})
package cn.gov.hubei.jxt.pilot.application;
