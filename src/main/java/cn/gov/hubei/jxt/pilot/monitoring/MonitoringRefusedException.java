package cn.gov.hubei.jxt.pilot.monitoring;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * An action of the monitoring is not allowed now (the round's phase, the report's status, not the person's to take).
 * The message (key in the monitoring bundle) says why; nothing was changed.
 */
public class MonitoringRefusedException extends RefusedException {

    public MonitoringRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
