package cn.gov.hubei.jxt.pilot.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date as the working-day calendar sees it.
 *
 * @param date       the date
 * @param workingDay whether it is a working day
 * @param name       the holiday the State Council notice lists this date under (e.g. 国庆节) — for an off day the
 *                   holiday itself, for a make-up working day (调休上班日) the holiday it makes up for; {@code null}
 *                   for an ordinary weekday or weekend that no notice mentions
 */
public record CalendarDay(LocalDate date, boolean workingDay, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
    }

    /** Whether a State Council notice lists this date (as a holiday or as a make-up working day). */
    public boolean listed() {
        return name != null;
    }
}
