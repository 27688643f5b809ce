package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with designations, as named predicates of the person and the phase, for pages, the API,
 * {@code @PreAuthorize}, the navigation and the services (which check them again). Every change is the programme
 * office's (an officer acting, not an administrator: {@link CurrentUser#actsAsOfficer()}), as the transition table's
 * performer column says; a certificate is also the enterprise's own staff's and its recommending division's to read.
 */
@Component("designationPermissions")
public class DesignationPermissions {

    /** The office's pages: publications, certificates, plaques, the export. */
    public boolean manages(CurrentUser user) {
        return isOfficer(user);
    }

    /** Record the publication of a notice: the period over, every objection concluded, not yet published. */
    public boolean canPublish(CurrentUser user, PublicationPhase phase) {
        return isOfficer(user) && phase != null && phase.ready();
    }

    /** Correct the document number: before certificates are issued. */
    public boolean canCorrectNumber(CurrentUser user, PublicationStatus status) {
        return may(user, PublicationTransition.CORRECT_NUMBER, status);
    }

    /** Issue the certificates of a publication. */
    public boolean canIssueCertificates(CurrentUser user, PublicationStatus status) {
        return may(user, PublicationTransition.ISSUE_CERTIFICATES, status);
    }

    /** Re-issue a lost certificate: once the publication's certificates are issued. */
    public boolean canReissue(CurrentUser user, PublicationStatus status) {
        return isOfficer(user) && status == PublicationStatus.CERTIFIED;
    }

    /** Record a plaque: once the publication is recorded. */
    public boolean canRecordPlaque(CurrentUser user, PublicationStatus status) {
        return isOfficer(user) && status != null;
    }

    /** Revoke a designation (the later stage's decision): a designation not revoked yet. */
    public boolean canRevoke(CurrentUser user, DesignationStatus status) {
        return isOfficer(user) && status != null && status != DesignationStatus.REVOKED;
    }

    /** Export the designated projects. */
    public boolean canExport(CurrentUser user) {
        return isOfficer(user);
    }

    /**
     * Download a project's certificate: the office; the staff of the enterprise that is the project's main
     * undertaking unit; the recommenders of its division. Once issued (the caller checks that one is in force).
     */
    public boolean canDownloadCertificate(CurrentUser user, long enterpriseId, String divisionCode) {
        if (user == null || user.isAdministrator()) {
            return false;
        }
        if (user.actsAsOfficer()) {
            return true;
        }
        if (user.has(Role.APPLICANT) && user.enterpriseId().map(e -> e == enterpriseId).orElse(false)) {
            return true;
        }
        return user.has(Role.RECOMMENDER) && user.divisionCode().map(d -> d.equals(divisionCode)).orElse(false);
    }

    /** See one's own designations (the enterprise's, the division's). */
    public boolean seesOwn(CurrentUser user) {
        return user != null && !user.isAdministrator()
                && (user.has(Role.APPLICANT) && user.enterpriseId().isPresent()
                || user.has(Role.RECOMMENDER) && user.divisionCode().isPresent());
    }

    public boolean manages(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::manages).orElse(false);
    }

    public boolean canExport(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::canExport).orElse(false);
    }

    public boolean seesOwn(Authentication authentication) {
        return CurrentUser.of(authentication).map(this::seesOwn).orElse(false);
    }

    private boolean may(CurrentUser user, PublicationTransition transition, PublicationStatus status) {
        boolean performer = switch (transition.performer()) {
            case OFFICER -> isOfficer(user);
        };
        return performer && status != null && transition.isAllowedFrom(status);
    }

    private static boolean isOfficer(CurrentUser user) {
        return user != null && user.actsAsOfficer();
    }
}
