package cn.gov.hubei.jxt.pilot.objection;

import java.util.Map;

/**
 * The objections to a notice as the designation and the portal need them (no personal data crosses this API).
 */
public interface Objections {

    /** Cases of the notice not yet concluded (received, or accepted and under investigation): designation waits for 0. */
    long unconcluded(long noticeId);

    /** The notice's cases counted by status name (e.g. {@code RECEIVED}, {@code UPHELD}), for the office's overview. */
    Map<String, Long> counts(long noticeId);
}
