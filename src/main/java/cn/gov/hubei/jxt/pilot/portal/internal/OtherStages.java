package cn.gov.hubei.jxt.pilot.portal.internal;

import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.designation.Designations;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotice;
import cn.gov.hubei.jxt.pilot.publicity.PublicNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The 公示 and designation stages as the portal reads them, through their APIs. Until a stage's implementation is
 * deployed beside the portal (its bean absent) the portal shows no notice and no designated project rather than
 * failing to start.
 */
@Component
class OtherStages {

    private final ObjectProvider<Designations> designations;
    private final ObjectProvider<PublicNotices> notices;

    OtherStages(ObjectProvider<Designations> designations, ObjectProvider<PublicNotices> notices) {
        this.designations = designations;
        this.notices = notices;
    }

    List<DesignatedProject> designated() {
        Designations d = designations.getIfAvailable();
        return d == null ? List.of() : d.all();
    }

    Optional<DesignatedProject> designation(long id) {
        Designations d = designations.getIfAvailable();
        return d == null ? Optional.empty() : d.find(id);
    }

    Optional<DesignatedProject> designationOf(long applicationId) {
        Designations d = designations.getIfAvailable();
        return d == null ? Optional.empty() : d.ofApplication(applicationId);
    }

    List<PublicNotice> notices() {
        PublicNotices n = notices.getIfAvailable();
        return n == null ? List.of() : n.published();
    }
}
