package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The rubrics of the calls. A call without one of its own is scored with the 2020 default (six criteria built from the
 * programme's conditions: 先进性, 要素条件符合度, 实施成效, 自主可控, 示范推广, 成长性), created as the call's version 1
 * the first time it is needed.
 */
public interface Rubrics {

    /** The call's current rubric (its highest version), creating version 1 from the default when it has none. */
    Rubric current(long callId);

    /** One version of the call's rubric. */
    Optional<Rubric> version(long callId, int version);

    /** Every version of the call's rubric, newest first. */
    List<Rubric> versions(long callId);

    /** The 2020 default, not stored (id 0, version 0). */
    Rubric defaultRubric(long callId);

    /**
     * Saves the draft as the call's next version (checked: codes, names, weights and max points with at most 2
     * decimals, Σ weight × max = 100, guidance, tie-break keys naming the rubric's criteria). Audited.
     *
     * @throws ReviewRejectedException with the problems beside their fields; nothing saved
     * @throws ReviewRefusedException  when {@code by} may not edit rubrics
     */
    Rubric save(long callId, RubricDraft draft, CurrentUser by);
}
