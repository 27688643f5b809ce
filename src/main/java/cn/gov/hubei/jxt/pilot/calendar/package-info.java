/**
 * Working-day calendar (工作日历): the statutory holidays and make-up working days (调休上班日) of the State Council's
 * yearly notices, loaded per year, and the rules that count working days on them — for example the 5 working days of
 * a 公示. Other modules use {@link cn.gov.hubei.jxt.pilot.calendar.WorkingDays} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar",
        allowedDependencies = {"audit", "platform"})
package cn.gov.hubei.jxt.pilot.calendar;
