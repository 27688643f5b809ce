package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The yearly reports: the unit's draft and submission, the division's comment or return, the office's evaluation.
 * Reads are scoped in SQL (the unit its enterprise's, the recommender its division's, the office all): another's
 * report is not found. Every change checks {@link MonitoringPermissions}, is audited and tells the people concerned.
 */
public interface MonitoringReports {

    /** The reports the person may see, newest round first. */
    List<Report> mine(CurrentUser viewer);

    Optional<Report> find(long reportId, CurrentUser viewer);

    /**
     * Every report and spot check of a designation (its history; office, or the unit and division of it); another
     * enterprise's or division's designation is {@link MonitoringNotFoundException}, as one that does not exist.
     */
    List<Report> ofDesignation(long designationId, CurrentUser viewer);

    /** Saves the draft if it is still at {@code version} (autosave; a stale version is refused). */
    Report save(long reportId, ReportDraft draft, long version, CurrentUser unit);

    /** Submits the report (every value entered; frozen from then on). Idempotent: submitted stays submitted. */
    Report submit(long reportId, CurrentUser unit);

    /** Adds an attachment to a draft. */
    Report attach(long reportId, String fileName, byte[] content, CurrentUser unit);

    /**
     * A recommender's or officer's decision ({@link ReportTransition}); the unit's rectification report is
     * {@link ReportTransition#SUBMIT_RECTIFICATION} with the text in {@code evaluation.text()}. A removal revokes the
     * designation in the same transaction. Idempotent: a decision already taken returns the report unchanged.
     */
    Report decide(long reportId, ReportTransition transition, Evaluation evaluation, CurrentUser person);
}
