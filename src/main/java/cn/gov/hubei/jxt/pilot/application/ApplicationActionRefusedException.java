package cn.gov.hubei.jxt.pilot.application;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * An action that the application's status, the call's filing window or a rule does not allow now. The message
 * (key in the application bundle, with arguments) says why in words a person understands.
 */
public class ApplicationActionRefusedException extends RefusedException {

    public ApplicationActionRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
