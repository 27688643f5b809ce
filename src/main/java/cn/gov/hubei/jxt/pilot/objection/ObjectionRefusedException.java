package cn.gov.hubei.jxt.pilot.objection;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/** An action on an objection that a rule does not allow now, with the reason as a message key of the objection bundle. */
public class ObjectionRefusedException extends RefusedException {

    public ObjectionRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
