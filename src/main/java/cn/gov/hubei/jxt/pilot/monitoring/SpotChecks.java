package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/** Checks outside the rounds (抽查), the office's. */
public interface SpotChecks {

    /** The checklist a check of the designation takes (the site-visit stage's). */
    List<SpotCheck.Item> checklist(long designationId, CurrentUser officer);

    /** Records a check; a 剔除 conclusion revokes the designation in the same transaction. Audited. */
    SpotCheck record(long designationId, NewSpotCheck check, CurrentUser officer);

    /**
     * Records the follow-up of a check that required rectification (限期整改), once: {@code QUALIFIED} (rectified) or
     * {@code REMOVED} (not rectified; revokes the designation in the same transaction), with the note of what was found.
     * Audited; the unit and the division are told. A repeated follow-up with the same outcome returns the check.
     */
    SpotCheck followUp(long checkId, String outcome, String note, CurrentUser officer);

    List<SpotCheck> all(CurrentUser viewer);

    Optional<SpotCheck> find(long checkId, CurrentUser viewer);
}
