package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.Map;

/** The plaques (湖北省智能制造示范单位) of a publication's units: made, delivered, received. Office only. */
public interface Plaques {

    /** The plaque record of every project of the publication, by designation id (never recorded: version 0). */
    Map<Long, Plaque> ofPublication(long publicationId, CurrentUser viewer);

    /** Records a plaque's progress (dates in order, none in the future; optimistic version). Audited. */
    Plaque record(long designationId, PlaqueRecord record, CurrentUser officer);
}
