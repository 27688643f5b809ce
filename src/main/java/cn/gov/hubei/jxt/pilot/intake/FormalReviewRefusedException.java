package cn.gov.hubei.jxt.pilot.intake;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * A decision the application's status does not allow now (it is with the province but does not wait for a formal
 * review). The message is a key in the intake bundle with its arguments (statuses as their message keys).
 */
public class FormalReviewRefusedException extends RefusedException {

    public FormalReviewRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
