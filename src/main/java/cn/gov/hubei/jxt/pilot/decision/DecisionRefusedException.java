package cn.gov.hubei.jxt.pilot.decision;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * Recording, releasing or withdrawing is not allowed now (the batch is released, the decision no longer pending, the
 * person not acting for the programme office, a reason missing or too long). The message (key in the decision bundle,
 * with arguments that may themselves be keys) says why in Chinese. Nothing was changed.
 */
public class DecisionRefusedException extends RefusedException {

    public DecisionRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
