/**
 * The public notice of the review's result (公示, seed §五(五)): the officer turns the office's pending proposal of a
 * call into a notice — the list (项目名称, 企业名称, 推荐单位, 模式), the text from a template (publisher, period, how to
 * object, telephone and address), the start day (a working day, day 1) and the end day, the 5th working day on the
 * calendar — and releases it, which releases the proposal's pending decisions at the same instant; the clock opens
 * and closes it (idempotent on several nodes). An upheld objection can take a project off the list, with the reason
 * published. Other modules read notices through {@link cn.gov.hubei.jxt.pilot.publicity.PublicNotices}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public notice",
        allowedDependencies = {
                "application", "audit", "calendar", "call", "decision", "documents", "enterprise", "identity", "notification",
                "platform", "recommendation", "reference", "review", "shared"})
package cn.gov.hubei.jxt.pilot.publicity;
