/**
 * The yearly call (年度遴选 / 申报通知): the terms under which enterprises file and recommenders recommend — the
 * filing window, the recommenders' deadline, quotas and the element-condition version in force — and the call's
 * status in the programme's workflow.
 *
 * <p>Other modules use {@link cn.gov.hubei.jxt.pilot.call.Calls} and listen to
 * {@link cn.gov.hubei.jxt.pilot.call.CallStatusChanged}. Every status change goes through the transition table
 * {@link cn.gov.hubei.jxt.pilot.call.CallTransition}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Call",
        allowedDependencies = {"audit", "identity", "platform", "reference"})
package cn.gov.hubei.jxt.pilot.call;
