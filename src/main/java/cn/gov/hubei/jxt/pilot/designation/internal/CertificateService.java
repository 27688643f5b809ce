package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.designation.Certificate;
import cn.gov.hubei.jxt.pilot.designation.CertificateCheck;
import cn.gov.hubei.jxt.pilot.designation.Certificates;
import cn.gov.hubei.jxt.pilot.designation.DesignationNotFoundException;
import cn.gov.hubei.jxt.pilot.designation.DesignationPermissions;
import cn.gov.hubei.jxt.pilot.designation.DesignationRefusedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationRejectedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationStatus;
import cn.gov.hubei.jxt.pilot.designation.DesignationValidity;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.designation.PublicationStatus;
import cn.gov.hubei.jxt.pilot.designation.PublicationTransition;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Certificates: issued for a whole publication under its row lock (a double click or a second node finds them issued
 * and adds none), a serial per year taken under an advisory lock of that year, a token of 32 random bytes (URL-safe
 * Base64, 43 characters) that nobody can guess; a re-issue replaces the one in force. The PDF is drawn on request
 * from the stored data, so a corrected name or number never needs a new certificate file.
 */
@Service
class CertificateService implements Certificates {

    /** What a token looks like; anything else is not looked up at all. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final DesignationRepository repository;
    private final DesignationPermissions permissions;
    private final CertificatePdf pdf;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicBaseUrl;
    private final SecureRandom random = new SecureRandom();

    CertificateService(DesignationRepository repository, DesignationPermissions permissions, CertificatePdf pdf,
                       AuditTrail audit, Clock clock,
                       @Value("${app.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.repository = repository;
        this.permissions = permissions;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080" : publicBaseUrl.strip();
        this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The address the QR code of a certificate with this token leads to. */
    String verificationUrl(String token) {
        return publicBaseUrl + "/public/certificates/" + token;
    }

    @Override
    @Transactional
    public Map<Long, Certificate> issueAll(long publicationId, CurrentUser officer) {
        requireOfficer(officer);
        Publication publication = repository.lockPublication(publicationId)
                .orElseThrow(() -> new DesignationNotFoundException("publication"));
        Map<Long, Certificate> current = byDesignation(repository.currentCertificatesOf(publicationId));
        if (publication.status() == PublicationStatus.CERTIFIED) {
            return current;
        }
        PublicationTransition.ISSUE_CERTIFICATES.requireAllowedFrom(publication.status());
        Instant now = clock.instant();
        int issued = 0;
        for (DesignationRepository.ProjectRow project : repository.projects(publicationId)) {
            if (current.containsKey(project.id())) {
                continue;
            }
            Certificate certificate = repository.insertCertificate(project.id(),
                    repository.nextSerial(publication.year()), newToken(), officer.username(), now);
            current.put(project.id(), certificate);
            issued++;
        }
        repository.certify(publicationId, officer.username(), now);
        audit.record(AuditRecord.of("designation.certificates-issued").target("designation_publication", publicationId)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("documentNumber", publication.documentNumber())
                .detail("issued", issued)
                .detail("serials", current.values().stream().map(Certificate::serial).sorted().toList())
                .build());
        return current;
    }

    @Override
    @Transactional
    public Certificate reissue(long designationId, String reason, CurrentUser officer) {
        requireOfficer(officer);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DesignationRejectedException(List.of(FieldProblem.missing("reason",
                    "designation.field.reason.missing")));
        }
        if (text.length() > PublicationService.MAX_REASON) {
            throw new DesignationRejectedException(List.of(FieldProblem.invalid("reason",
                    "designation.field.reason.too-long", PublicationService.MAX_REASON)));
        }
        DesignationRepository.ProjectRow project = repository.lockProject(designationId)
                .orElseThrow(() -> new DesignationNotFoundException("designation"));
        Publication publication = repository.publication(project.publicationId()).orElseThrow();
        if (!permissions.canReissue(officer, publication.status())) {
            throw new DesignationRefusedException("designation.reissue.refused");
        }
        if (project.revokedAt() != null) {
            throw new DesignationRefusedException("designation.reissue.revoked");
        }
        Certificate old = repository.currentCertificate(designationId)
                .orElseThrow(() -> new DesignationRefusedException("designation.reissue.refused"));
        Instant now = clock.instant();
        repository.replace(old.id(), text, officer.username(), now);
        Certificate fresh = repository.insertCertificate(designationId, repository.nextSerial(publication.year()),
                newToken(), officer.username(), now);
        audit.record(AuditRecord.of("designation.certificate-reissued").target("designated_project", designationId)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("replaced", old.serial())
                .detail("serial", fresh.serial())
                .detail("reason", text)
                .build());
        return fresh;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Certificate> ofPublication(long publicationId, CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            return Map.of();
        }
        return byDesignation(repository.currentCertificatesOf(publicationId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Certificate> current(long designationId, CurrentUser viewer) {
        return repository.project(designationId)
                .filter(p -> permissions.canDownloadCertificate(viewer, p.enterpriseId(), p.divisionCode()))
                .flatMap(p -> repository.currentCertificate(designationId));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pdf(long designationId, CurrentUser viewer) {
        DesignationRepository.ProjectRow project = repository.project(designationId)
                .filter(p -> permissions.canDownloadCertificate(viewer, p.enterpriseId(), p.divisionCode()))
                .orElseThrow(() -> new DesignationNotFoundException("certificate"));
        Certificate certificate = repository.currentCertificate(designationId)
                .orElseThrow(() -> new DesignationNotFoundException("certificate"));
        return render(project, certificate);
    }

    byte[] render(DesignationRepository.ProjectRow project, Certificate certificate) {
        return pdf.render(new CertificatePdf.Content(certificate.serial(), project.enterpriseName(),
                project.projectName(), project.documentNumber(), project.validFrom(), project.validUntil(),
                project.validFrom(), verificationUrl(certificate.token())));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CertificateCheck> verify(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return repository.certificateByToken(token).flatMap(c -> repository.project(c.designationId()).map(p -> {
            DesignationStatus status = DesignationValidity.statusOn(LocalDate.now(clock), p.validUntil(),
                    p.revokedAt() != null);
            CertificateCheck.State state = c.replaced() ? CertificateCheck.State.REPLACED : switch (status) {
                case VALID -> CertificateCheck.State.VALID;
                case EXPIRED -> CertificateCheck.State.EXPIRED;
                case REVOKED -> CertificateCheck.State.REVOKED;
            };
            return new CertificateCheck(state, c.serial(), p.enterpriseName(), p.projectName(), p.documentNumber(),
                    p.validFrom(), p.validUntil());
        }));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<Long, Certificate> byDesignation(List<Certificate> certificates) {
        Map<Long, Certificate> map = new LinkedHashMap<>();
        certificates.forEach(c -> map.put(c.designationId(), c));
        return map;
    }

    private void requireOfficer(CurrentUser user) {
        if (!permissions.manages(user)) {
            throw new DesignationRefusedException("designation.not-officer");
        }
    }
}
