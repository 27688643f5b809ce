package cn.gov.hubei.jxt.pilot.objection.web;

import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.objection.NewObjection;
import cn.gov.hubei.jxt.pilot.objection.ObjectionCase;
import cn.gov.hubei.jxt.pilot.objection.ObjectionLookup;
import cn.gov.hubei.jxt.pilot.objection.ObjectionRow;
import cn.gov.hubei.jxt.pilot.objection.ObjectionStep;
import cn.gov.hubei.jxt.pilot.objection.SubmittedObjection;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The objection API's request and response bodies. */
final class ObjectionResources {

    private ObjectionResources() {
    }

    @Schema(description = "An objection (实名): the same rules as the public form; evidence files only through the form")
    record ObjectionRequest(@Schema(description = "the notice's id") long noticeId,
                            @Schema(description = "the project (application id) on the notice's list") Long applicationId,
                            @Schema(description = "姓名 of the objector (or of the person submitting for an organisation)") String name,
                            @Schema(description = "RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT or CREDIT_CODE") String idType,
                            @Schema(description = "the document's number, or the organisation's 统一社会信用代码") String idNumber,
                            @Schema(description = "the organisation's name (with CREDIT_CODE)") String organisationName,
                            String telephone, String email,
                            @Schema(description = "the facts and reasons, at most " + NewObjection.MAX_FACTS + " characters") String facts,
                            @Schema(description = "consent to the handling of the personal data given") boolean consent,
                            @Schema(description = "a client-chosen key (8–64 letters, digits, -): the same key again gives the same case")
                            String idempotencyKey) {

        NewObjection toNewObjection() {
            return new NewObjection(noticeId, applicationId, name, idType, idNumber, organisationName, telephone, email,
                    facts, consent, idempotencyKey, List.of());
        }
    }

    record ReceiptResource(String receiptNumber, Instant receivedAt, boolean repeated) {
        static ReceiptResource of(SubmittedObjection s) {
            return new ReceiptResource(s.receiptNumber(), s.receivedAt(), s.repeated());
        }
    }

    record LookupRequest(String receiptNumber, String code) {
    }

    record StepResource(String kind, String text, Boolean published, String by, Instant at) {
        static StepResource of(ObjectionStep s, boolean office) {
            return new StepResource(s.kind(), s.text(), office ? s.published() : null, office ? s.by() : null, s.at());
        }
    }

    record LookupResource(String receiptNumber, String noticeTitle, String projectName, String status,
                          Instant receivedAt, String maskedName, String maskedEmail, List<StepResource> steps) {
        static LookupResource of(ObjectionLookup l) {
            return new LookupResource(l.receiptNumber(), l.noticeTitle(), l.projectName(), l.status().name(),
                    l.receivedAt(), l.maskedName(), l.maskedEmail(),
                    l.steps().stream().map(s -> StepResource.of(s, false)).toList());
        }
    }

    record RowResource(long id, String receiptNumber, long noticeId, long applicationId, String projectName,
                       String status, String idType, String name, String organisationName, String idNumber,
                       String telephone, String email, Instant receivedAt, boolean removedFromList) {
        static RowResource of(ObjectionRow r) {
            return new RowResource(r.id(), r.receiptNumber(), r.noticeId(), r.applicationId(), r.projectName(),
                    r.status().name(), r.idType().name(), r.maskedName(),
                    r.maskedOrganisation().isEmpty() ? null : r.maskedOrganisation(), r.maskedIdNumber(),
                    r.maskedTelephone(), r.maskedEmail(), r.receivedAt(), r.removedFromList());
        }
    }

    record FileResource(long id, String name, String kind, long size) {
        static FileResource of(StoredFile f) {
            return new FileResource(f.id(), f.name(), f.kind().name(), f.size());
        }
    }

    record CaseResource(long id, String receiptNumber, long noticeId, long applicationId, String projectName,
                        String status, String idType, String name, String organisationName, String idNumber,
                        String telephone, String email, String facts, Instant receivedAt, Instant acceptedAt,
                        Instant concludedAt, String handledBy, boolean removedFromList, String removalReason,
                        int version, List<String> allowedTransitions, List<StepResource> steps,
                        List<FileResource> objectorFiles, List<FileResource> officeFiles) {
        static CaseResource of(ObjectionCase c, List<String> allowed) {
            return new CaseResource(c.id(), c.receiptNumber(), c.noticeId(), c.applicationId(), c.projectName(),
                    c.status().name(), c.idType().name(), c.name(), c.organisationName(), c.idNumber(), c.telephone(),
                    c.email(), c.facts(), c.receivedAt(), c.acceptedAt(), c.concludedAt(), c.handledBy(),
                    c.removedFromList(), c.removalReason(), c.version(), allowed,
                    c.steps().stream().map(s -> StepResource.of(s, true)).toList(),
                    c.objectorFiles().stream().map(FileResource::of).toList(),
                    c.officeFiles().stream().map(FileResource::of).toList());
        }
    }

    @Schema(description = "A step of the office: the reason (required to decline, uphold, dismiss); with uphold, "
            + "removalReason takes the project off the list with that published reason; version: the case's version read")
    record TransitionRequest(String reason, String removalReason, Integer version) {
    }

    record RemovalRequest(String reason) {
    }

    record NoteRequest(String note) {
    }
}
