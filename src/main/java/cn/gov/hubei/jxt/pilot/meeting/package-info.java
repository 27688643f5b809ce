/**
 * Review meetings (专家评审会) and the draw of their experts: the officer sets a meeting up for a call (date, place,
 * groups by mode or industry, the applications of each group that passed formal review, experts per application, a
 * load cap, the coverage each application's mode needs, reserves per group), draws the experts with a recorded seed
 * (random and optimal at once: {@code internal.draw}), keeps the draw sealed until the meeting starts, invites the
 * drawn experts (accept or decline, the 回避与保密承诺 per meeting) and replaces one who declines or declares a conflict
 * from the reserves. Other modules read the panels through {@link cn.gov.hubei.jxt.pilot.meeting.Panels}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review meeting",
        allowedDependencies = {
                "application", "audit", "call", "expert", "identity", "notification", "platform", "reference",
                "shared"})
package cn.gov.hubei.jxt.pilot.meeting;
