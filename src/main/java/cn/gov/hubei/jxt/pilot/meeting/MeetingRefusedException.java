package cn.gov.hubei.jxt.pilot.meeting;

import cn.gov.hubei.jxt.pilot.shared.RefusedException;

/**
 * What the officer or the expert asked for is not allowed now (the meeting's status, a parameter, an application
 * that has not passed formal review or is on another meeting, no reserve fits, the draw is infeasible …). The message
 * (key in the meeting bundle, with arguments) says why in Chinese. Nothing was changed.
 */
public class MeetingRefusedException extends RefusedException {

    public MeetingRefusedException(String code, Object... arguments) {
        super(code, arguments);
    }
}
