package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.audit.AuditRecord;
import cn.gov.hubei.jxt.pilot.audit.AuditTrail;
import cn.gov.hubei.jxt.pilot.designation.DesignationNotFoundException;
import cn.gov.hubei.jxt.pilot.designation.DesignationPermissions;
import cn.gov.hubei.jxt.pilot.designation.DesignationRefusedException;
import cn.gov.hubei.jxt.pilot.designation.DesignationRejectedException;
import cn.gov.hubei.jxt.pilot.designation.Plaque;
import cn.gov.hubei.jxt.pilot.designation.PlaqueRecord;
import cn.gov.hubei.jxt.pilot.designation.Plaques;
import cn.gov.hubei.jxt.pilot.designation.Publication;
import cn.gov.hubei.jxt.pilot.identity.CurrentUser;
import cn.gov.hubei.jxt.pilot.identity.Role;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plaque records: the dates in their order (made ≤ delivered ≤ received, none in the future, none before the
 * publication), how it was delivered and who received it; the conditional write on the version makes a double click
 * or a stale form a refusal rather than a lost update.
 */
@Service
class PlaqueService implements Plaques {

    static final int MAX_METHOD = 100;
    static final int MAX_NAME = 50;

    private final DesignationRepository repository;
    private final DesignationPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    PlaqueService(DesignationRepository repository, DesignationPermissions permissions, AuditTrail audit,
                  Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Plaque> ofPublication(long publicationId, CurrentUser viewer) {
        if (!permissions.manages(viewer)) {
            return Map.of();
        }
        Map<Long, Plaque> byProject = new LinkedHashMap<>();
        repository.projects(publicationId).forEach(p -> byProject.put(p.id(), empty(p.id())));
        repository.plaquesOf(publicationId).forEach(p -> byProject.put(p.designationId(), p));
        return byProject;
    }

    @Override
    @Transactional
    public Plaque record(long designationId, PlaqueRecord form, CurrentUser officer) {
        DesignationRepository.ProjectRow project = repository.lockProject(designationId)
                .filter(p -> permissions.manages(officer))
                .orElseThrow(() -> new DesignationNotFoundException("designation"));
        Publication publication = repository.publication(project.publicationId()).orElseThrow();
        if (!permissions.canRecordPlaque(officer, publication.status())) {
            throw new DesignationRefusedException("designation.not-officer");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate made = date("madeOn", form.madeOn(), publication.publishedOn(), today, problems);
        LocalDate delivered = date("deliveredOn", form.deliveredOn(), publication.publishedOn(), today, problems);
        LocalDate received = date("receivedOn", form.receivedOn(), publication.publishedOn(), today, problems);
        String method = text("deliveryMethod", form.deliveryMethod(), MAX_METHOD, problems);
        String name = text("receivedByName", form.receivedByName(), MAX_NAME, problems);
        String position = text("receivedByPosition", form.receivedByPosition(), MAX_NAME, problems);
        if (delivered != null && made == null) {
            problems.add(FieldProblem.missing("madeOn", "designation.plaque.made.missing"));
        }
        if (delivered != null && made != null && delivered.isBefore(made)) {
            problems.add(FieldProblem.invalid("deliveredOn", "designation.plaque.delivered.before-made"));
        }
        if (delivered != null && method == null) {
            problems.add(FieldProblem.missing("deliveryMethod", "designation.plaque.method.missing"));
        }
        if (received != null && delivered == null) {
            problems.add(FieldProblem.missing("deliveredOn", "designation.plaque.delivered.missing"));
        }
        if (received != null && delivered != null && received.isBefore(delivered)) {
            problems.add(FieldProblem.invalid("receivedOn", "designation.plaque.received.before-delivered"));
        }
        if (received != null && name == null) {
            problems.add(FieldProblem.missing("receivedByName", "designation.plaque.name.missing"));
        }
        if (!problems.isEmpty()) {
            throw new DesignationRejectedException(problems);
        }
        if (!repository.savePlaque(designationId, form.version(), made, delivered, method, name, position, received,
                officer.username(), clock.instant())) {
            throw new DesignationRefusedException("designation.stale");
        }
        audit.record(AuditRecord.of("designation.plaque-recorded").target("designated_project", designationId)
                .actor(officer.username(), Role.OFFICER.name())
                .detail("madeOn", String.valueOf(made))
                .detail("deliveredOn", String.valueOf(delivered))
                .detail("deliveryMethod", String.valueOf(method))
                .detail("receivedOn", String.valueOf(received))
                .build());
        return repository.plaque(designationId).orElseThrow();
    }

    static Plaque empty(long designationId) {
        return new Plaque(designationId, null, null, null, null, null, null, 0, null, null);
    }

    private static LocalDate date(String field, String text, LocalDate publishedOn, LocalDate today,
                                  List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today)) {
                problems.add(FieldProblem.invalid(field, "designation.field.date.future"));
            } else if (date.isBefore(publishedOn)) {
                problems.add(FieldProblem.invalid(field, "designation.plaque.before-publication",
                        publishedOn.toString()));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.invalid(field, "designation.field.date.invalid"));
            return null;
        }
    }

    private static String text(String field, String text, int max, List<FieldProblem> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            problems.add(FieldProblem.invalid(field, "designation.field.too-long", max));
        }
        return value;
    }
}
