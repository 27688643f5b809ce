package cn.gov.hubei.jxt.pilot.application;

import java.time.Instant;

/**
 * An application as lists and permission checks see it.
 *
 * @param number        申报编号 as people read and quote it, e.g. 2026-420100-0001 ({@code call year-division
 *                      code-sequence within the call year and division}); URLs and API paths use {@code id}
 * @param projectName   项目名称 as last saved in the basic section; {@code null} until entered
 * @param lastVersionNo the number of the last submitted version; 0 if it was never submitted
 * @param version       optimistic-lock version of the status
 * @param statusReason  the reason of the last withdrawal or return
 * @param returnDeadline when returned: the time by which the enterprise is to resubmit, if the recommender set one
 */
public record ApplicationSummary(long id, String number, long callId, String callTitle, long enterpriseId, String enterpriseName,
                                 String divisionCode, String referenceVersion, ApplicationStatus status,
                                 String projectName, int lastVersionNo, long version, String statusReason,
                                 Instant returnDeadline, String createdBy, Instant createdAt, Instant updatedAt) {
}
