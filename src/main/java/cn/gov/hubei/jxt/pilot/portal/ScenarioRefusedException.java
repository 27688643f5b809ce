package cn.gov.hubei.jxt.pilot.portal;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * A consent, a withdrawal or a decision on a typical scenario is not allowed now (the table, the phase, the person,
 * a missing reason, a stale version). The message (key in the portal bundle) says why in Chinese. Nothing changed.
 */
public class ScenarioRefusedException extends RefusedException {

    public ScenarioRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
