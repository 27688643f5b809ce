package cn.gov.hubei.jxt.pilot.designation;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * An action of the designation is not allowed now (the notice not over, objections still open, already certified,
 * the person not acting for the office). The message (key in the designation bundle) says why; nothing was changed.
 */
public class DesignationRefusedException extends RefusedException {

    public DesignationRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
