package cn.gov.hubei.jxt.pilot.designation;

import java.util.List;
import java.util.Optional;

/** Designated projects as the portal and the monitoring stage read them (public data only). */
public interface Designations {

    /** Every designated project, newest year first, then by division and project name. */
    List<DesignatedProject> all();

    /** One designated project by its id. */
    Optional<DesignatedProject> find(long designationId);

    /** The designation of an application, if it was designated. */
    Optional<DesignatedProject> ofApplication(long applicationId);
}
