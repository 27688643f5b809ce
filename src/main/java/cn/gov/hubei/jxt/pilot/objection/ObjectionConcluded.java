package cn.gov.hubei.jxt.pilot.objection;

import java.time.Instant;

/**
 * The office concluded an objection case: upheld (成立) or not (不成立), or declined to accept it (不予受理); published
 * inside the conclusion's transaction. {@code removedFromList} says whether the upheld case took the project off the
 * notice's list.
 */
public record ObjectionConcluded(long caseId, String receiptNumber, long noticeId, long applicationId, String outcome,
                                 boolean removedFromList, Instant concludedAt) {
}
