package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * An action of the review is not allowed now (a sheet already submitted, the meeting not started or closed, the person
 * not acting for the office, a reason missing). The message (key in the review bundle) says why in Chinese; nothing
 * was changed.
 */
public class ReviewRefusedException extends RefusedException {

    public ReviewRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
