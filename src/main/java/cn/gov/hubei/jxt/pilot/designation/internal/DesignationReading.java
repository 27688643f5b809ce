package cn.gov.hubei.jxt.pilot.designation.internal;

import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.DesignationValidity;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Designated projects as public data, their standing as of the clock's today (Asia/Shanghai). */
@Service
class DesignationReading implements Designations {

    private final DesignationRepository repository;
    private final Clock clock;

    DesignationReading(DesignationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DesignatedProject> all() {
        return repository.allProjects().stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DesignatedProject> find(long designationId) {
        return repository.project(designationId).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DesignatedProject> ofApplication(long applicationId) {
        return repository.projectOfApplication(applicationId).map(this::view);
    }

    DesignatedProject view(DesignationRepository.ProjectRow r) {
        return new DesignatedProject(r.id(), r.applicationId(), r.publicationId(), r.callId(), r.year(),
                r.documentNumber(), r.projectName(), r.enterpriseName(), r.creditCode(), r.divisionCode(),
                r.modeCodes(), r.validFrom(), r.validUntil(),
                DesignationValidity.statusOn(LocalDate.now(clock), r.validUntil(), r.revokedAt() != null));
    }
}
