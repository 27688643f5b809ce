package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The office's publications (认定发文): recording one for a closed notice whose objections are all concluded, the
 * correction of a typo in its number, its designated projects and the list printed as the document's 附件, and the
 * revocation a later stage records. Every method checks {@link DesignationPermissions} itself.
 */
public interface Publications {

    /** Every publication, newest first (office only; empty for anyone else). */
    List<Publication> all(CurrentUser viewer);

    /** One publication (office only). */
    Optional<Publication> find(long publicationId, CurrentUser viewer);

    /** The publication of a notice, if recorded (office only). */
    Optional<Publication> ofNotice(long noticeId, CurrentUser viewer);

    /** The notice's phase for the designation: period over? cases open? published? */
    PublicationPhase phase(long noticeId);

    /**
     * Records the publication of a closed notice: number (鄂经信<部门>〔YYYY〕N号, unique), title, date (not before the
     * notice's end day, not in the future), the signed PDF; the still-listed entries become designated projects valid
     * from the date until the day before its third anniversary. Audited; publishes {@link ProjectsDesignated}.
     * Idempotent: a second publication of the notice is refused with the first one's number.
     *
     * @throws DesignationRefusedException  not an officer, notice not over, objections still open, already published
     * @throws DesignationRejectedException a field breaks a rule
     * @throws DesignationNotFoundException no released notice with this id
     */
    Publication publish(long noticeId, NewPublication publication, CurrentUser officer);

    /** Corrects the document number before certificates are issued (optimistic version). Audited. */
    Publication correctNumber(long publicationId, String documentNumber, long version, CurrentUser officer);

    /** The publication's designated projects in list order (office only). */
    List<DesignatedProject> projects(long publicationId, CurrentUser viewer);

    /** The signed document as uploaded (office only). */
    byte[] signedDocument(long publicationId, CurrentUser viewer);

    /** The list as the document's 附件: .docx. */
    byte[] listDocx(long publicationId, CurrentUser viewer);

    /** The list as the document's 附件: PDF. */
    byte[] listPdf(long publicationId, CurrentUser viewer);

    /**
     * Revokes a designation (a later stage's decision, e.g. monitoring), with a reason; the verification page then
     * says 已撤销. Audited; idempotent (a revoked designation stays as it was).
     */
    DesignatedProject revoke(long designationId, String reason, CurrentUser officer);

    /** The designated projects a person may see as their own: an applicant's enterprise's, a recommender's division's. */
    List<DesignatedProject> mine(CurrentUser user);
}
