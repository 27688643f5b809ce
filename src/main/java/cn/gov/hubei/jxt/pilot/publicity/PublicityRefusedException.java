package cn.gov.hubei.jxt.pilot.publicity;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/** An action on a notice that the rules do not allow now; the message key is in {@code i18n/publicity}. */
public class PublicityRefusedException extends RefusedException {

    public PublicityRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
