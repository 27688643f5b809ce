package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.files.StoredFile;

import java.time.Instant;
import java.util.List;

/**
 * A case as the officers handling objections see it: the objector's data in full (every read audited), the facts,
 * the steps and the files ({@code objectorFiles} the evidence submitted, {@code officeFiles} the investigation's).
 */
public record ObjectionCase(long id, String receiptNumber, long noticeId, String noticeTitle, long applicationId,
                            String projectName, ObjectionStatus status, IdType idType, String name,
                            String organisationName, String idNumber, String telephone, String email, String facts,
                            Instant receivedAt, Instant acceptedAt, Instant concludedAt, String handledBy,
                            boolean removedFromList, String removalReason, int version, List<ObjectionStep> steps,
                            List<StoredFile> objectorFiles, List<StoredFile> officeFiles) {
}
