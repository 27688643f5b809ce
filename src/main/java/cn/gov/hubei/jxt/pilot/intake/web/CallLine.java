package cn.gov.hubei.jxt.pilot.intake.web;

import cn.gov.hubei.jxt.pilot.call.CallSummary;
import cn.gov.hubei.jxt.pilot.intake.IntakeQueue.CallCount;

/** A call on the intake's start page, with how many of its applications are with the province and await review. */
record CallLine(CallSummary call, int withProvince, int awaiting) {

    static CallLine of(CallSummary call, CallCount count) {
        return new CallLine(call, count.withProvince(), count.awaiting());
    }
}
