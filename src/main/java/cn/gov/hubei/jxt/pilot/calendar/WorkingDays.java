package cn.gov.hubei.jxt.pilot.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Working days (工作日) as the State Council's holiday notices define them.
 *
 * <p>A date is a working day when it is Monday to Friday and not listed as an off day, or when it is listed as a
 * make-up working day (调休上班日, {@code isOffDay=false}), whatever its weekday. A notice can list days of the
 * neighbouring year (the 2019 notice covers 2018-12-29..31); such a day takes effect like any other listed day, but
 * whether a date may be computed at all depends on its own calendar year: every method refuses with
 * {@link CalendarNotLoadedException} a date whose year has no loaded arrangement — also when that date is only
 * reached while counting through a period. Nothing is ever guessed.
 *
 * <p>Answers always reflect the years loaded so far, on every node: a year loaded or replaced by the administrator
 * is seen by the next call.
 */
public interface WorkingDays {

    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);

    /** The date with its working-day status and, when a notice lists it, the holiday's name. */
    CalendarDay describe(LocalDate date);

    /**
     * The {@code n}-th working day of a period that starts on {@code start}: {@code start} is day 1 when it is a
     * working day, otherwise counting begins at the next working day. Example: a 公示 of 5 working days starting
     * 2021-02-20 (a make-up Saturday) ends on {@code nthWorkingDay(2021-02-20, 5)} = 2021-02-25.
     *
     * @param n at least 1
     * @throws IllegalArgumentException   when {@code n < 1}
     * @throws CalendarNotLoadedException when a date to be counted lies in a year without loaded data
     */
    LocalDate nthWorkingDay(LocalDate start, int n);

    /**
     * The first {@code count} working days counted as in {@link #nthWorkingDay}, in order; the last is
     * {@code nthWorkingDay(start, count)}.
     *
     * @param count at least 1
     */
    List<LocalDate> workingDays(LocalDate start, int count);

    /**
     * The number of working days from {@code from} to {@code to}, <em>both inclusive</em>: a period whose first and
     * last days are the same working day has 1 working day.
     *
     * @throws IllegalArgumentException   when {@code from} is after {@code to}
     * @throws CalendarNotLoadedException when a year between them has no loaded data
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The calendar years whose holiday arrangement is loaded, ascending. */
    Set<Integer> coveredYears();
}
