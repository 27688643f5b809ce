package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;
import java.util.List;

/**
 * Who is assigned to an application: the people of a later stage (an expert of the review, a member of an inspection
 * team) who then reach it through {@link ApplicationScope#assigned(long)}: its frozen versions and the files they refer
 * to, never a draft. The stage that assigns checks who may do so; this keeps the assignment, records every change in
 * the audit trail and is idempotent (assigning twice, or removing an assignment that is not there, changes nothing and
 * records nothing).
 */
public interface ApplicationAssignments {

    /**
     * Assigns the person to the application.
     *
     * @param actor the user name recorded in the audit trail
     * @return {@code true} when the person was not assigned before
     * @throws ApplicationNotFoundException      when there is no such application
     * @throws ApplicationActionRefusedException when the application was never submitted (nothing to read) or there
     *                                           is no such account
     */
    boolean assign(long applicationId, long accountId, String actor);

    /**
     * Removes the person's assignment: from then on the application is not found for them.
     *
     * @return {@code true} when the person was assigned
     */
    boolean unassign(long applicationId, long accountId, String actor);

    /** The people assigned to the application, in the order they were assigned. */
    List<Assignment> assignees(long applicationId);

    /** Whether the person is assigned to the application now. */
    boolean isAssigned(long applicationId, long accountId);

    /** One person assigned to an application: by whom and when. */
    record Assignment(long applicationId, long accountId, String assignedBy, Instant assignedAt) {
    }
}
