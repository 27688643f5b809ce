package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.files.StoredFile;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;

/**
 * The office's handling of objection cases. Every method checks {@link ObjectionPermissions} itself; a case the
 * caller may not see is {@link ObjectionNotFoundException}.
 */
public interface ObjectionCases {

    /** A notice's cases, oldest first, the objectors' data masked. */
    List<ObjectionRow> ofNotice(long noticeId, CurrentUser officer);

    /** One case with the objector's data in full; the read is audited ({@code objection.viewed}). */
    ObjectionCase open(long caseId, CurrentUser officer);

    /**
     * Takes a transition of {@link ObjectionTransition} (accept, decline, uphold, dismiss) with its reason, if the case
     * is still at {@code expectedVersion} ({@code null}: whatever it is); the objector is told by e-mail. A concluding
     * transition publishes {@link ObjectionConcluded}. Upholding with {@code removalReason} also takes the project off
     * the notice's list.
     *
     * @throws ObjectionRefusedException  not allowed now (status, permission, changed meanwhile)
     * @throws ObjectionRejectedException a missing or too long reason
     */
    ObjectionCase take(long caseId, ObjectionTransition transition, String reason, String removalReason,
                       Integer expectedVersion, CurrentUser officer);

    /** Takes an upheld case's project off the notice's list, with the reason to publish (if not done with the conclusion). */
    ObjectionCase removeFromList(long caseId, String reason, CurrentUser officer);

    /** Records an investigation note with optional evidence on an accepted case. */
    ObjectionCase addNote(long caseId, String text, List<NewObjection.Evidence> evidence, CurrentUser officer);

    /** A file of the case (the objector's or the office's), checked to belong to it. */
    StoredFile file(long caseId, long fileId, CurrentUser officer);

    /** The verified content of a file of the case. */
    byte[] content(long caseId, long fileId, CurrentUser officer);
}
